import { closeSync, lstatSync, openSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileSystemError } from './file-system-error.js';
import { makeFolders } from './make-folders.js';
import { removeStaleTemporaries, temporaryName } from './stale-temporaries.js';

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
      makeFolders(path.dirname(file.path));
      removeStaleTemporaries(file.path);
      const temporary = temporaryName(file.path);
      staged.push({ temporary, target: file.path });
      // A stale temporary (or a link planted at its name) is removed, never written through.
      rmSync(temporary, { force: true });
      writeFileSync(temporary, file.content, { flag: 'wx' });
    }
    // Every rename must succeed once the first is done: a folder, an immutable
    // or locked file at a target would fail halfway, with some files replaced.
    for (const { target } of staged) checkReplaceable(target);
    for (const { temporary, target } of staged) {
      try {
        renameSync(temporary, target);
      } catch (error) {
        // Name the target the user knows, not the temporary file.
        throw Object.assign(error as NodeJS.ErrnoException, { path: target });
      }
    }
    return staged.map((entry) => entry.target);
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw fileSystemError(error, 'write');
  }
}

/**
 * Throws when a rename onto `target` would fail: a folder stands there, or
 * the file is immutable (EPERM) or locked by another program (EBUSY, as a
 * docx open in Word on Windows). Opening it for writing finds the latter; a
 * file that is merely read-only (EACCES) can still be replaced by a rename.
 */
function checkReplaceable(target: string): void {
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${target} is a folder`), { code: 'EISDIR', path: target });
  }
  try {
    closeSync(openSync(target, 'r+'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPERM' || code === 'EBUSY' || code === 'ETXTBSY') throw Object.assign(error as NodeJS.ErrnoException, { path: target });
  }
}
