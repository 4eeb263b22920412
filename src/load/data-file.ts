import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A file that report.yaml names by a path relative to itself (its `logo`,
 * its `template`), resolved: it must be a file inside the data folder
 * (`reportDir`'s parent), links followed. Anything else is a reason, for a
 * problem at the field's line.
 */
export function dataFile(reportDir: string, name: string): { file: string; size: number } | { reason: string } {
  if (path.isAbsolute(name) || /^[a-z][a-z0-9+.-]*:/i.test(name)) return { reason: `"${name}" is not a path inside the data folder` };
  let real: string;
  try {
    real = realpathSync(path.resolve(reportDir, name));
  } catch {
    return { reason: `there is no file "${name}" beside report.yaml` };
  }
  const relative = path.relative(realpathSync(path.dirname(reportDir)), real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { reason: `"${name}" is outside the data folder` };
  const stats = statSync(real);
  if (!stats.isFile()) return { reason: `"${name}" is not a file` };
  return { file: real, size: stats.size };
}
