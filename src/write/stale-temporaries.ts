import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** `.<name>.<pid>.tmp`: the temporary file writeFilesAtomically writes beside a target. */
export function temporaryName(target: string, pid: number = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${pid}.tmp`);
}

/**
 * Removes the temporary files of `target` left by processes that have died
 * (a build killed while writing): nothing else would ever remove them. A live
 * process's temporaries are its own business and are left alone.
 */
export function removeStaleTemporaries(target: string): void {
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(path.dirname(target));
  } catch {
    return; // no folder yet: nothing stale in it
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -'.tmp'.length)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) rmSync(path.join(path.dirname(target), name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
