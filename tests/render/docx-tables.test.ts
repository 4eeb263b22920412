import type { Table } from 'mdast';
import { textWidth } from '../../src/render/chart/parts/text-width.js';
import { describe, expect, it } from 'vitest';
import { columnWidths } from '../../src/render/docx/table/column-widths.js';
import { contrastTextColour, hexFill } from '../../src/render/docx/table/contrast-text-colour.js';
import { fitWidths } from '../../src/render/docx/table/fit-widths.js';
import { columnCount, headerRowCount } from '../../src/render/docx/table/table-shape.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';

const TEXT_WIDTH = 9638;

function firstTable(markdown: string): Table {
  const table = parseReportMarkdown(markdown).children.find((node) => node.type === 'table');
  if (!table) throw new Error('no table in the fixture');
  return table as Table;
}

function richTable(rows: string[][], ratings: Record<string, string> = {}): string {
  const cell = (text: string) => (ratings[text] ? `::td[${text}]{rag="${text.toLowerCase()}" colour="${ratings[text]}"}` : `:::td\n${text}\n:::`);
  const [header, ...body] = rows;
  return [':::::table', '::::row', ...header!.map((text) => `::th[${text}]`), '::::', ...body.flatMap((row) => ['::::row', ...row.map(cell), '::::']), ':::::'].join('\n');
}

const percentages = (widths: number[]) => widths.map((width) => Math.round((100 * width) / TEXT_WIDTH));

describe('column widths', () => {
  it('gives the action table about 35/12/53', () => {
    const table = firstTable(richTable([['Action Required', 'RAG', 'Update'], ['Short action', 'Amber', 'Short']], { Amber: '#FFC000' }));
    const widths = columnWidths(table, 3, TEXT_WIDTH).widths;
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
    expect(percentages(widths)).toEqual([35, 12, 53]);
  });

  it('still treats the rating column as narrow when one action is N/A without a colour', () => {
    const table = firstTable(richTable([['Action', 'RAG', 'Update'], ['Plan', 'Green', 'Done'], ['Other', 'N/A', 'As detailed in 17c']], { Green: '#00B050' }));
    expect(percentages(columnWidths(table, 3, TEXT_WIDTH).widths)).toEqual([35, 12, 53]);
  });

  it('widens a rating column to fit its longest word', () => {
    const table = firstTable(richTable([['Cam', 'RAG', 'Diweddariad'], ['Cynllun', 'Amherthnasol', 'Testun']], { Amherthnasol: '#BFBFBF' }));
    const widths = columnWidths(table, 3, TEXT_WIDTH).widths;
    // The word set in bold 11pt Arial (220 twips), measured letter by letter, plus the cell padding.
    expect(widths[1]).toBeGreaterThanOrEqual(Math.ceil(textWidth('Amherthnasol', 220, true)) + 216);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
  });

  it('keeps rating columns at 12% in wider tables and shares the rest by content', () => {
    const table = firstTable(richTable([['Action', 'RAG', 'Lead', 'Update'], ['Write the plan', 'Red', 'Chief of Staff', 'A much longer update text that explains progress in some detail.']], { Red: '#FF0000' }));
    const [action, rag, lead, update] = percentages(columnWidths(table, 4, TEXT_WIDTH).widths);
    expect(rag).toBe(12);
    expect(update).toBeGreaterThan(action!);
    expect(update).toBeGreaterThan(lead!);
  });

  it('shares a GFM table by content, with a minimum for short columns', () => {
    const table = firstTable('| Item | Detail |\n|---|---|\n| A | A long description of what the item is and why it matters to the Panel |\n');
    const [item, detail] = percentages(columnWidths(table, 2, TEXT_WIDTH).widths);
    expect(item).toBeGreaterThanOrEqual(10);
    expect(detail).toBeGreaterThan(item!);
  });
});

describe('fitWidths', () => {
  it('raises columns to their minimums and adds up to the total', () => {
    const widths = fitWidths([0.9, 0.05, 0.05], [1000, 2000, 1000], 10000);
    expect(widths[1]).toBe(2000);
    expect(widths[2]).toBe(1000);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(10000);
  });

  it('scales the minimums down when together they exceed the total', () => {
    const widths = fitWidths([0.5, 0.5], [6000, 6000], 10000);
    expect(widths).toEqual([5000, 5000]);
  });
});

describe('header rows', () => {
  it('counts the first row of a GFM table and the leading th rows of a rich table', () => {
    expect(headerRowCount(firstTable('| a | b |\n|---|---|\n| 1 | 2 |\n'))).toBe(1);
    expect(headerRowCount(firstTable(richTable([['A', 'B'], ['1', '2']])))).toBe(1);
    const noHeader = firstTable('::::table\n:::row\n::td[1]\n::td[2]\n:::\n::::');
    expect(headerRowCount(noHeader)).toBe(0);
    expect(columnCount(noHeader)).toBe(2);
  });
});

describe('RAG text colour', () => {
  it('picks black or white by WCAG contrast', () => {
    expect(contrastTextColour('#FFC000')).toBe('000000');
    expect(contrastTextColour('#00B050')).toBe('000000');
    expect(contrastTextColour('#FF0000')).toBe('000000');
    expect(contrastTextColour('#C00000')).toBe('FFFFFF');
    expect(contrastTextColour('#0070C0')).toBe('FFFFFF');
    expect(contrastTextColour('#fff')).toBe('000000');
    expect(contrastTextColour('amber')).toBeUndefined();
  });

  it('normalises colours to docx fills', () => {
    expect(hexFill('#ffc000')).toBe('FFC000');
    expect(hexFill('#0a0')).toBe('00AA00');
    expect(hexFill('#12345')).toBeUndefined();
  });
});
