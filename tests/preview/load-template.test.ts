import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadTemplate } from '../../src/templates-path.js';

test('a template is read once, and again once it changes on disk (the preview shows an edited template)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rag-template-'));
  try {
    const file = path.join(dir, 'page.hbs');
    writeFileSync(file, 'first');
    let reads = 0;
    const make = (text: string) => `${text} (read ${++reads})`;
    expect(loadTemplate(file, make)).toBe('first (read 1)');
    expect(loadTemplate(file, make)).toBe('first (read 1)');
    writeFileSync(file, 'second');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(loadTemplate(file, make)).toBe('second (read 2)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
