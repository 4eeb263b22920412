import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What stops `init` writing `files` (relative paths) into `dir`, as paths
 * relative to it; empty when it may. Init never overwrites: a folder that
 * is not empty may hold neither a data/ folder nor any file init writes.
 */
export function initConflicts(dir: string, files: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return ['.'];
  if (readdirSync(dir).length === 0) return [];
  const hasData = existsSync(path.join(dir, 'data'));
  const existing = files.filter((file) => !(hasData && file.startsWith('data/')) && existsSync(path.join(dir, file)));
  return hasData ? ['data/', ...existing] : existing;
}
