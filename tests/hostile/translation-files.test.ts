import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsvText } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, hashTree } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

/** A copy of the translate fixture `mixed`: a report whose texts need Welsh. */
function mixedCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rag-hostile-translate-'));
  cpSync(fileURLToPath(new URL('../fixtures/translate/mixed', import.meta.url)), dir, { recursive: true });
  return dir;
}

const SECTION = 'data/demo/2023Q2/s1.yaml';
const importFile = (dir: string, file: string) => runCli(['translations', 'import', file, '--data', 'data'], dir);

describe('a hostile XLIFF file', () => {
  it.each([
    ['an internal entity', '<!DOCTYPE xliff [<!ENTITY lol "lol">]>'],
    ['an external entity', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
    ['a DOCTYPE with a public id', '<!DOCTYPE xliff PUBLIC "-//x//y" "http://example.org/xliff.dtd">'],
  ])('with %s is a bad-translation-file problem at its line, exit 2, nothing imported', async (_name, doctype) => {
    const dir = mixedCopy();
    const xliff = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      doctype,
      '<xliff version="1.2"><file original="x" source-language="en-GB" target-language="cy-GB" datatype="plaintext"><body>',
      '<trans-unit id="demo/2023Q2/s1.yaml#actions[id=review].change_reason"><source>the review was completed.</source><target>&xxe;</target></trans-unit>',
      '</body></file></xliff>',
    ].join('\n');
    writeFileSync(path.join(dir, 'welsh.xlf'), xliff);
    const before = hashTree(path.join(dir, 'data'));
    const result = await importFile(dir, 'welsh.xlf');
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^welsh\.xlf:2:\d+ {2}error {2}bad-translation-file {2}.*DOCTYPE/m);
    expect(result.stderr).not.toContain('root:');
    expect(hashTree(path.join(dir, 'data'))).toEqual(before);
  });
});

describe('CSV export cannot carry spreadsheet formulas', () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","click")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\tindented', "'=already quoted"];

  it('neutralises cells that start with =, +, -, @, tab or CR, and import gives the texts back as they were', async () => {
    const dir = mixedCopy();
    const file = path.join(dir, SECTION);
    // Give the action "review" a change reason and an update that start like formulas.
    const yaml = readFileSync(file, 'utf8');
    const replaced = yaml.replace('en: "Reviewed in \\"July\\"."', `en: ${JSON.stringify(FORMULAS[0])}`);
    expect(replaced).not.toBe(yaml);
    writeFileSync(file, replaced);
    const texts = FORMULAS.map((formula, index) => ({ id: `f${index}`, formula }));
    writeFileSync(
      file,
      `${replaced}${texts
        .map(({ id, formula }) => `  - id: ${id}\n    action:\n      en: ${JSON.stringify(formula)}\n    rag: green\n    update:\n      en: Done.\n      cy: Wedi.\n`)
        .join('')}`,
    );

    const exported = await runCli(['translations', 'export', '--quarter', '2023Q2', '--data', 'data', '--format', 'csv', '--out', 'welsh.csv'], dir);
    expectNoStack(exported);
    expect(exported.exitCode).toBe(0);
    const rows = parseCsvText(readFileSync(path.join(dir, 'welsh.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const formulaRows = rows.filter((row) => /^'+[=+\-@\t]/.test(row.english!));
    expect(formulaRows.length).toBe(FORMULAS.length + 1);

    // The translator starts each Welsh from a copy of the English cell, as shown, so it starts like a formula too.
    const filled = rows.map((row) => ({ ...row, welsh: /^'+[=+\-@\t]/.test(row.english!) ? `${row.english} (cy)` : '' }));
    writeFileSync(path.join(dir, 'welsh.csv'), stringifyCsv(filled, { header: true, columns: Object.keys(rows[0]!) }));
    const imported = await importFile(dir, 'welsh.csv');
    expectNoStack(imported);
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).not.toContain('English changed');
    const section = parseYaml(readFileSync(file, 'utf8')) as { actions: { id: string; action: { en: string; cy?: string }; update: { en: string; cy?: string } }[] };
    for (const { id, formula } of texts) {
      const action = section.actions.find((candidate) => candidate.id === id)!;
      // The import trims the Welsh, as it always has: only the tab's own Welsh loses its leading tab.
      expect(action.action).toMatchObject({ en: formula, cy: `${formula} (cy)`.trim() });
    }
    expect(section.actions.find((action) => action.id === 'review')!.update).toMatchObject({ en: FORMULAS[0], cy: `${FORMULAS[0]} (cy)` });
  });
});
