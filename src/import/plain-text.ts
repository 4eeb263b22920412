import type { Block, Cell, Paragraph } from './docx-model.js';

/** The paragraph's text as typed, line breaks as `\n`. */
export function paragraphText(paragraph: Paragraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Every text of the blocks, paragraphs on their own lines. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.kind === 'paragraph' ? paragraphText(block) : block.rows.map((row) => row.map(cellText).join(' ')).join('\n')))
    .join('\n');
}

export function cellText(cell: Cell): string {
  return blocksText(cell.blocks);
}

/** Text compared as words: case, spacing and curly quotes do not count. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
