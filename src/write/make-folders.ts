import { lstatSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Creates `folder` and every missing folder above it, one at a time. Node's
 * recursive mkdir loops for ever where a parent exists but refuses children
 * (`/proc/self/x`); here each mkdir is done once and its error is thrown.
 * A link to nothing on the way is an ENOENT error naming the link.
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    const stat = statSync(current, { throwIfNoEntry: false });
    if (stat) {
      if (!stat.isDirectory()) throw errnoError('ENOTDIR', current, 'not a folder');
      break;
    }
    if (lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink()) throw errnoError('ENOENT', current, 'a link to something that does not exist');
    missing.push(current);
    if (path.dirname(current) === current) break;
  }
  for (const created of missing.reverse()) mkdirSync(created);
}

function errnoError(code: string, file: string, what: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file} is ${what}`), { code, path: file, dangling: code === 'ENOENT' });
}
