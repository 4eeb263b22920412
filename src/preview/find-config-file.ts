import { existsSync } from 'node:fs';
import path from 'node:path';

export const CONFIG_FILE = 'rag-report.yaml';

/** rag-report.yaml in `cwd` or the nearest folder above it, as git finds its repository. */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_FILE);
    if (existsSync(file)) return file;
    if (path.dirname(dir) === dir) return undefined;
  }
}
