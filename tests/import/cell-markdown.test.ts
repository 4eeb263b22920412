import { describe, expect, it } from 'vitest';
import { cellMarkdown } from '../../src/import/cell-markdown.js';
import type { Block, Cell, Paragraph, Run } from '../../src/import/docx-model.js';
import { markdownTree } from './helpers.js';

const run = (text: string, format: Partial<Run> = {}): Run => ({ text, bold: false, italic: false, ...format });
const para = (runs: Run[] | string, list?: Paragraph['list']): Paragraph => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? (runs ? [run(runs)] : []) : runs,
  ...(list ? { list } : {}),
});
const cell = (...blocks: Block[]): Cell => ({ blocks, span: 1, mergedAbove: false });

describe('a cell as Markdown', () => {
  it('keeps paragraphs apart and drops the empty ones between them', () => {
    expect(cellMarkdown(cell(para('First.'), para(''), para(''), para('Second.')))).toBe('First.\n\nSecond.');
  });

  it('writes bold and italic runs as Markdown, with the spaces outside the markers', () => {
    expect(cellMarkdown(cell(para([run('Youth Forum ', { bold: true })]), para([run('The '), run('Y Sgwrs', { italic: true }), run(' consultation.')])))).toBe(
      '**Youth Forum** \n\nThe *Y Sgwrs* consultation.'.replace(' \n', '\n'),
    );
  });

  it('writes a Word bulleted list as a tight Markdown list after the paragraph before it', () => {
    const markdown = cellMarkdown(
      cell(para('Funding shared this quarter:'), para('Rural Innovation Fund', { ordered: false, level: 0 }), para('Small Grants Scheme', { ordered: false, level: 0 }), para('Timescales: Ongoing')),
    );
    expect(markdown).toBe('Funding shared this quarter:\n\n- Rural Innovation Fund\n- Small Grants Scheme\n\nTimescales: Ongoing');
  });

  it('numbers a Word numbered list and nests its second level under the first', () => {
    const markdown = cellMarkdown(
      cell(para('Plan', { ordered: true, level: 0 }), para('Draft', { ordered: false, level: 1 }), para('Consult', { ordered: false, level: 1 }), para('Publish', { ordered: true, level: 0 })),
    );
    expect(markdown).toBe('1. Plan\n   - Draft\n   - Consult\n2. Publish');
    expect(markdownTree(markdown)).toMatchObject({ children: [{ type: 'list', ordered: true, children: [{}, {}] }] });
  });

  it('reads paragraphs typed as "1. ..." and lines typed with bullets as lists', () => {
    expect(cellMarkdown(cell(para('Responses:'), para('1. State of Policing.'), para('2. PEEL Spotlight.')))).toBe('Responses:\n\n1. State of Policing.\n2. PEEL Spotlight.');
    expect(cellMarkdown(cell(para('Aims:\n•\tReduce travel.\n•\tReduce overtime.')))).toBe('Aims:\n\n- Reduce travel.\n- Reduce overtime.');
  });

  it('turns two line breaks into a new paragraph and one into a line break', () => {
    expect(cellMarkdown(cell(para('Healthcare in Custody\n\nCustody suites need cover.\nAll day.')))).toBe('Healthcare in Custody\n\nCustody suites need cover.\\\nAll day.');
  });

  it('escapes what Markdown would read as formatting', () => {
    const markdown = cellMarkdown(cell(para('# of cases *rose* by 5 [see annex] <b>'), para('snake_case stays, _this_ does not')));
    expect(markdownTree(markdown)).toMatchObject({
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '# of cases *rose* by 5 [see annex] <b>' }] },
        { type: 'paragraph', children: [{ type: 'text', value: 'snake_case stays, _this_ does not' }] },
      ],
    });
  });

  it('writes a link as a Markdown link', () => {
    expect(cellMarkdown(cell(para([run('Read '), run('the plan', { link: 'https://example.org/plan' }), run('.')])))).toBe('Read [the plan](https://example.org/plan).');
  });

  it('writes a small table inside a cell as a pipe table, its first row the header', () => {
    const table: Block = {
      kind: 'table',
      rows: [
        [cell(para('Quarter')), cell(para('Visits'))],
        [cell(para('Q1')), cell(para('28'))],
        [cell(para('Q2')), cell(para('31 | 2 late'))],
      ],
    };
    const markdown = cellMarkdown(cell(para('Custody visits:'), table));
    expect(markdown).toBe('Custody visits:\n\n| Quarter | Visits |\n| --- | --- |\n| Q1 | 28 |\n| Q2 | 31 \\| 2 late |');
    expect(markdownTree(markdown)).toMatchObject({ children: [{ type: 'paragraph' }, { type: 'table', children: [{}, {}, {}] }] });
  });
});
