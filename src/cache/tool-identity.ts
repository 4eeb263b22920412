import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../cli/version.js';
import { isInside } from '../load/data-paths.js';
import { packageFile } from '../package-root.js';
import { contentKey } from './content-key.js';

let identity: string | undefined;

/**
 * The version and the code of the running tool, so that an upgrade, or a
 * rebuilt bundle during development, never reuses what older code made. The
 * bundle's entry names every chunk by its content hash, so its bytes change
 * whenever any code does; run from source, every source file is hashed.
 */
export function toolIdentity(): string {
  identity ??= contentKey([VERSION, ...codeFiles().map((file) => readFileSync(file))]);
  return identity;
}

function codeFiles(): string[] {
  const here = fileURLToPath(import.meta.url);
  const bundle = packageFile('build');
  if (isInside(bundle, here)) return [path.join(bundle, 'main.js')];
  const source = packageFile('src');
  return readdirSync(source, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => path.join(source, file));
}
