import { type AlignmentType, LineRuleType, Paragraph, type ParagraphChild, Table } from 'docx';
import type { RootContent, TableCell } from 'mdast';
import { isBlockCell } from '../../markdown/rich-table.js';
import type { DocxContent, ReportContext } from '../report-context.js';
import { isNothing } from './nothing.js';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];
type CellBlock = Paragraph | Table;

/**
 * A cell's content as Word paragraphs and tables: phrasing cells (GFM) make one
 * paragraph, block cells (rich tables) keep their paragraphs, lists and tables.
 */
export function cellContent(cell: TableCell, ctx: ReportContext, alignment: Alignment): CellBlock[] {
  if (!isBlockCell(cell)) return wellFormed([new Paragraph({ alignment, children: ctx.render(cell.children, ctx) as ParagraphChild[] })]);
  // mdast types cells as phrasing; a rich table's cells hold blocks.
  const content = (cell.children as RootContent[]).flatMap((child) =>
    child.type === 'paragraph' ? [new Paragraph({ alignment, children: ctx.render(child.children, ctx) as ParagraphChild[] })] : ctx.render([child], ctx),
  );
  return wellFormed(content);
}

/**
 * Word rejects a cell that is empty or ends with a table, and runs must sit in
 * a paragraph: stray runs are gathered into one, and a table at the end gets
 * a small empty paragraph after it; tables inside a cell are kept apart.
 */
function wellFormed(content: readonly DocxContent[]): CellBlock[] {
  const blocks: CellBlock[] = [];
  let runs: ParagraphChild[] = [];
  const flush = () => {
    if (runs.length) blocks.push(new Paragraph({ children: runs }));
    runs = [];
  };
  for (const item of content) {
    if (isNothing(item)) continue;
    if (item instanceof Paragraph || item instanceof Table) {
      flush();
      // A table straight after another would merge with it in Word, and text straight after one
      // would touch its bottom rule: a 6pt gap keeps every table apart.
      if (blocks.at(-1) instanceof Table) blocks.push(new Paragraph({ spacing: { before: 0, after: 0, line: 120, lineRule: LineRuleType.EXACT }, children: [] }));
      blocks.push(item);
    } else {
      runs.push(item as ParagraphChild);
    }
  }
  flush();
  if (blocks.length === 0) blocks.push(new Paragraph({}));
  // 1pt high, so the paragraph Word needs after a nested table adds no visible gap.
  else if (blocks.at(-1) instanceof Table) blocks.push(new Paragraph({ spacing: { before: 0, after: 0 }, run: { size: 2 } }));
  return blocks;
}
