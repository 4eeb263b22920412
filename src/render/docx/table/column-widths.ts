import type { Table } from 'mdast';
import { cellText, longestWord } from './cell-text.js';
import { columnShares } from './column-shares.js';
import { fitWidths, minimumWidth } from './fit-widths.js';
import { CELL_MARGINS } from './table-look.js';

/** Column widths in twips for a table `total` twips wide; they add up to `total` exactly. */
export function columnWidths(table: Table, columns: number, total: number): number[] {
  if (columns === 0) return [];
  const padding = CELL_MARGINS.left + CELL_MARGINS.right;
  const minimums = Array.from({ length: columns }, (_, column) => {
    const words = table.children.map((row) => (row.children[column] ? longestWord(cellText(row.children[column])) : 0));
    return minimumWidth(words.reduce((longest, length) => Math.max(longest, length), 0), padding, total, columns);
  });
  return fitWidths(columnShares(table, columns), minimums, total);
}
