import { readFileSync, statSync } from 'node:fs';
import { packageFile } from './package-root.js';

/** A file under the package's templates/ folder. */
export function templatePath(...parts: string[]): string {
  return packageFile('templates', ...parts);
}

const loaded = new Map<string, { readonly stamp: string; readonly value: unknown }>();

/**
 * A template file made into what `make` returns, kept until the file changes
 * on disk: a build reads each template once, and a running preview shows an
 * edited template at the next save.
 */
export function loadTemplate<T>(file: string, make: (text: string) => T): T {
  const { mtimeMs, size } = statSync(file);
  const stamp = `${mtimeMs}:${size}`;
  const cached = loaded.get(file);
  if (cached?.stamp === stamp) return cached.value as T;
  const value = make(readFileSync(file, 'utf8'));
  loaded.set(file, { stamp, value });
  return value;
}
