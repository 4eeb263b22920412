import { AlignmentType, Table, TableLayoutType, TableRow, WidthType } from 'docx';
import type { Table as MdastTable } from 'mdast';
import type { DocxContent, ReportContext } from '../report-context.js';
import { columnWidths } from '../table/column-widths.js';
import { CELL_MARGINS, TABLE_BORDERS } from '../table/table-look.js';
import { columnCount, headerRowCount } from '../table/table-shape.js';
import { nothing } from './nothing.js';
import { tableCell } from './table-cell.js';

const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * GFM and rich tables as Word tables the full width of the text, with column
 * widths fixed from their content. Header rows repeat on every page and do
 * not split; body rows may split, as a long update must be able to.
 */
export function tableBuilder(node: MdastTable, ctx: ReportContext): DocxContent {
  const columns = columnCount(node);
  if (columns === 0) return nothing();
  const widths = columnWidths(node, columns, ctx.width);
  const headerRows = headerRowCount(node);
  const rows = node.children.map((row, index) => {
    const inHeaderRow = index < headerRows;
    const cells = widths.map((width, column) =>
      tableCell(row.children[column], { width, inHeaderRow, alignment: ALIGNMENTS[node.align?.[column] ?? 'left'] }, ctx),
    );
    return new TableRow({ children: cells, tableHeader: inHeaderRow || undefined, cantSplit: inHeaderRow || undefined });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: ctx.width, type: WidthType.DXA },
    // Fixed: Word keeps these widths instead of re-fitting columns to the longest line.
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
    visuallyRightToLeft: ctx.rtl || undefined,
  });
}
