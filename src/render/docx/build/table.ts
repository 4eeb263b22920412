import { AlignmentType, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Table as MdastTable } from 'mdast';
import { isRichTable, type RichTableData } from '../../markdown/rich-table.js';
import type { DocxContent, ReportContext } from '../report-context.js';
import { actionGrid } from '../table/action-grid.js';
import { cellText } from '../table/cell-text.js';
import { columnWidths } from '../table/column-widths.js';
import { CELL_MARGINS, TABLE_BORDERS } from '../table/table-look.js';
import { columnCount, headerRowCount } from '../table/table-shape.js';
import { BODY_SIZE } from '../document-styles.js';
import { nothing } from './nothing.js';
import { tableCell } from './table-cell.js';

const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * GFM and rich tables as Word tables the full width of the text. Section
 * tables (class "actions") share one grid; any other table's widths come
 * from its content. Header rows repeat on every page and do not split; body
 * rows may split, as a long update must be able to. `ratingLabels` are the
 * report's rating words in all its languages, for the section grid.
 */
export function tableBuilder(ratingLabels: readonly string[]) {
  return (node: MdastTable, ctx: ReportContext): DocxContent | DocxContent[] => {
    const data = (node.data ?? {}) as RichTableData;
    const rows = withoutEmptyHeader(node);
    const table = { ...node, children: rows };
    const columns = columnCount(table);
    if (columns === 0) return nothing();
    const { widths, size } = data.className === 'actions' && columns === 3 ? { widths: actionGrid(ratingLabels, ctx.width), size: undefined } : columnWidths(table, columns, ctx.width);
    const inner: ReportContext = size !== undefined && size < BODY_SIZE ? { ...ctx, size } : ctx;
    const headerRows = rows === node.children ? headerRowCount(table) : 0;
    const wordRows = rows.map((row, index) => {
      const inHeaderRow = index < headerRows;
      const cells = widths.map((width, column) =>
        tableCell(row.children[column], { width, inHeaderRow, alignment: ALIGNMENTS[node.align?.[column] ?? 'left'] }, inner),
      );
      return new TableRow({ children: cells, tableHeader: inHeaderRow || undefined, cantSplit: inHeaderRow || undefined });
    });
    const wordTable = new Table({
      rows: wordRows,
      columnWidths: widths,
      width: { size: ctx.width, type: WidthType.DXA },
      // Fixed: Word keeps these widths instead of re-fitting columns to the longest line.
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
      margins: CELL_MARGINS,
      visuallyRightToLeft: ctx.rtl || undefined,
    });
    // A section table's caption repeats its heading; another table's says what it shows, as in the HTML.
    if (!data.caption || data.className === 'actions') return wordTable;
    return [new Paragraph({ keepNext: true, children: [new TextRun({ text: data.caption, bold: true })] }), wordTable];
  };
}

/**
 * A Markdown table's rows without a header row that holds no text: tables
 * pasted from Word often have one, and it heads nothing. The table then has
 * no header row at all, rather than its first row of data shaded as one.
 */
function withoutEmptyHeader(node: MdastTable): MdastTable['children'] {
  const [first, ...rest] = node.children;
  if (!first || isRichTable(node) || rest.length === 0) return node.children;
  return first.children.every((cell) => cellText(cell).trim() === '') ? rest : node.children;
}
