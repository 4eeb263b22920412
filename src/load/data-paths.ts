import { realpathSync } from 'node:fs';
import path from 'node:path';

export const REPORT_FILE = 'report.yaml';
export const SECTION_EXTENSION = '.yaml';
export const SCHEMA_FOLDER = '.schema';

export function narrativeFileName(language: string): string {
  return `summary.${language}.md`;
}

/** Relative to the working directory, as users see paths in messages. */
export function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** True when `file`, after following links, lies inside `root`. */
export function isInside(root: string, file: string): boolean {
  try {
    // The native call resolves a path in one system call, where the JavaScript one looks at each of its folders.
    const relative = path.relative(realpathSync.native(root), realpathSync.native(file));
    return !relative.startsWith('..') && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}
