import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileSystemError } from './file-system-error.js';
import { makeFolders } from './make-folders.js';

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
      const temporary = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.tmp`);
      staged.push({ temporary, target: file.path });
      // A stale temporary (or a link planted at its name) is removed, never written through.
      rmSync(temporary, { force: true });
      writeFileSync(temporary, file.content, { flag: 'wx' });
    }
    // Every rename must succeed once the first is done: a folder at a target would fail halfway.
    for (const { target } of staged) refuseFolderAt(target);
    for (const { temporary, target } of staged) renameSync(temporary, target);
    return staged.map((entry) => entry.target);
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw fileSystemError(error);
  }
}

function refuseFolderAt(target: string): void {
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (stat && stat.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${target} is a folder`), { code: 'EISDIR', path: target });
  }
}
