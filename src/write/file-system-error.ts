import { UsageError } from '../errors.js';

/** What each file-system error means to the person who ran the command. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied (or the file is locked or immutable)',
  EROFS: 'the disk is read-only',
  EISDIR: 'a folder stands where a file should be',
  ENOTDIR: 'a file stands where a folder should be',
  EEXIST: 'a file stands where a folder should be',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'a folder on the way does not exist, or is a link to nothing',
  ELOOP: 'links on the way lead in a loop',
  EBUSY: 'the file is in use by another program',
  ETXTBSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an error',
  EXDEV: 'the temporary file and its target are on different disks',
};

const HINTS: Record<string, string> = {
  EACCES: 'choose an output folder you may write to with --out DIR',
  EPERM: 'choose an output folder you may write to with --out DIR',
  EISDIR: 'remove or rename that folder, or choose another output folder with --out DIR',
  ENOTDIR: 'choose another output folder with --out DIR',
  EEXIST: 'choose another output folder with --out DIR',
  ENAMETOOLONG: 'choose a shorter name with --out DIR',
  ENOENT: 'choose an output folder that exists or can be created, with --out DIR',
  EBUSY: 'close the file (a document open in Word cannot be replaced), then run the command again',
  ETXTBSY: 'close the file (a document open in Word cannot be replaced), then run the command again',
};

const READS = ['open', 'read', 'stat', 'lstat', 'scandir', 'opendir', 'realpath', 'access'];

/**
 * A file-system error as a usage error naming the path: exit 2 and no stack
 * trace, since the cause is outside the tool. Other errors are returned as
 * they are (a fault of the tool).
 */
export function fileSystemError(error: unknown, verb?: 'read' | 'write'): unknown {
  const { code, path: file, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return error;
  verb ??= syscall && READS.includes(syscall) ? 'read' : 'write';
  const dangling = (error as { dangling?: boolean }).dangling;
  const reason = dangling ? 'it is a link to something that does not exist' : (REASONS[code] ?? `${code} (${(error as Error).message})`);
  return new UsageError(`cannot ${verb}${file ? ` ${file}` : ''}: ${reason}`, HINTS[code]);
}
