import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { templatePath } from '../templates-path.js';
import { contentKey } from './content-key.js';

let key: string | undefined;

/** The key of the templates and locale files a document is made from (not `init/`, which only `init` copies). */
export function templatesKey(): string {
  const root = templatePath();
  key ??= contentKey(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .filter((file) => file.split(path.sep)[0] !== 'init')
      .sort()
      .flatMap((file) => [file, readFileSync(path.join(root, file))]),
  );
  return key;
}
