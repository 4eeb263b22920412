import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

export interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

/**
 * Writes every file or none: each goes to a temporary file beside its target
 * first, and only when all are written are they renamed into place. A failure
 * removes the temporary files and leaves the previous outputs as they were.
 */
export function writeFilesAtomically(files: readonly OutputFile[]): string[] {
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      mkdirSync(path.dirname(file.path), { recursive: true });
      const temporary = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.tmp`);
      staged.push({ temporary, target: file.path });
      writeFileSync(temporary, file.content);
    }
    for (const { temporary, target } of staged) renameSync(temporary, target);
    return staged.map((entry) => entry.target);
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw asUsageError(error as NodeJS.ErrnoException);
  }
}

function asUsageError(error: NodeJS.ErrnoException): Error {
  const where = error.path ? ` ${error.path}` : '';
  if (error.code === 'EACCES' || error.code === 'EPERM' || error.code === 'EROFS') {
    return new UsageError(`cannot write${where}: permission denied`, 'choose an output folder you may write to with --out DIR');
  }
  if (error.code === 'ENOTDIR' || error.code === 'EEXIST' || error.code === 'EISDIR') {
    return new UsageError(`cannot write${where}: a file stands where a folder should be`, 'choose another output folder with --out DIR');
  }
  if (error.code === 'ENOSPC') return new UsageError(`cannot write${where}: the disk is full`);
  return error;
}
