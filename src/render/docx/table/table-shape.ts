import type { Table, TableCell } from 'mdast';
import { isRichTable, type RichCellData } from '../../markdown/rich-table.js';

/** The report-specific data the template's table directives put on a cell, if any. */
export function cellData(cell: TableCell): RichCellData {
  return (cell.data ?? {}) as RichCellData;
}

/**
 * How many rows at the top are header rows: GFM's first row always is; a rich
 * table's leading rows are when all their cells are `th`. Only a run from the
 * top can repeat on each page in Word.
 */
export function headerRowCount(table: Table): number {
  if (!isRichTable(table)) return table.children.length > 0 ? 1 : 0;
  const index = table.children.findIndex((row) => row.children.length === 0 || !row.children.every((cell) => cellData(cell).header === true));
  return index === -1 ? table.children.length : index;
}

/** The widest row's cell count: rows with fewer cells are padded. */
export function columnCount(table: Table): number {
  return table.children.reduce((widest, row) => Math.max(widest, row.children.length), 0);
}
