import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYamlInPlace } from '../../src/translate/edit-yaml-in-place.js';
import { sourceHash } from '../../src/translate/source-hash.js';
import { textFields } from '../../src/validate/text-fields.js';
import { withoutWelsh } from './without-welsh.js';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));

/** The sample data's files, read only: they hold every layout staff have written so far. */
function yamlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : yamlFiles(file);
    return entry.name.endsWith('.yaml') ? [file] : [];
  });
}

describe.runIf(existsSync(DATA))('writing Welsh into every text of the sample data', () => {
  it.each(existsSync(DATA) ? yamlFiles(DATA).map((file) => path.relative(DATA, file)) : [])('%s changes only its Welsh', (file) => {
    const before = readFileSync(path.join(DATA, file), 'utf8');
    const fields = textFields(parse(before));
    let after = before;
    for (const { path: fieldPath, text } of fields) {
      const welsh = `Newydd: ${(text.cy ?? text.en).trim()}${text.en.endsWith('\n') ? '\n' : ''}`;
      after = editYamlInPlace(after, [
        {
          path: fieldPath,
          entries: [
            { key: 'cy', value: welsh, after: 'en', like: 'en' },
            { key: 'cy_source', value: sourceHash(text.en), after: 'cy' },
          ],
        },
      ]);
    }
    expect(withoutWelsh(after)).toBe(withoutWelsh(before));
    for (const { text } of textFields(parse(after))) {
      expect(text.cy).toMatch(/^Newydd: /);
      expect(text.cy_source).toBe(sourceHash(text.en));
    }
  });
});
