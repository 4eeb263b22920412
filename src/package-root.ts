import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's own folder, holding package.json and templates/. Found by
 * walking up from this module, which sits in src/ when run from source and in
 * build/ when run from the bundle.
 */
const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A file shipped with the package, e.g. packageFile('templates', 'report.md.hbs'). */
export function packageFile(...segments: string[]): string {
  return path.join(PACKAGE_ROOT, ...segments);
}

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`rag-report: no package.json above ${start}; is the package installed whole?`);
  }
}
