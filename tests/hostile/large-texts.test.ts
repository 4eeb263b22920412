import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import type { Table, TableRow } from 'mdast';
import { describe, expect, it } from 'vitest';
import { longestWord } from '../../src/render/docx/table/cell-text.js';
import { columnWidths } from '../../src/render/docx/table/column-widths.js';
import { columnCount } from '../../src/render/docx/table/table-shape.js';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, sampleCopy, sectionYaml, writeSection } from './helpers.js';

const WORDS = 150_000;

describe('very long texts and tables', () => {
  it(`builds a docx from an update of ${WORDS.toLocaleString('en')} words, well-formed and whole`, async () => {
    const cwd = sampleCopy();
    const words = Array.from({ length: WORDS }, (_, index) => `word${index}`).join(' ');
    writeSection(cwd, sectionYaml({ update: words }).replace(/ {6}cy: word0[^\n]*/, '      cy: Wedi.'));
    const result = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'docx', '--lang', 'en'], cwd);
    expectNoStack(result);
    expect(result.stderr).not.toContain('RangeError');
    expect(result.exitCode).toBe(0);
    const docx = readFileSync(path.join(cwd, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.en.docx'));
    const document = strFromU8(unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!);
    expect(XMLValidator.validate(document)).toBe(true);
    expect(document).toContain(`word${WORDS - 1}`);
  }, 120_000);

  it('finds the longest of 200,000 words, and sizes the columns of a 200,000-row table', () => {
    const words = Array.from({ length: 200_000 }, (_, index) => (index === 123_456 ? 'x'.repeat(40) : 'word'));
    expect(longestWord(words.join(' '))).toBe(40);
    const row = (text: string): TableRow => ({
      type: 'tableRow',
      children: [
        { type: 'tableCell', children: [{ type: 'text', value: text }] },
        { type: 'tableCell', children: [{ type: 'text', value: 'b' }] },
      ],
    });
    const table: Table = { type: 'table', children: words.map(row) };
    expect(columnCount(table)).toBe(2);
    const widths = columnWidths(table, 2, 9000);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(9000);
    // The 40-character word makes its column the wider one.
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
  });
});
