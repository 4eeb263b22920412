import type { Table } from 'mdast';
import { cellText, longestWord } from './cell-text.js';
import { columnShares } from './column-shares.js';
import { fitWidths, minimumWidth } from './fit-widths.js';
import { CELL_MARGINS } from './table-look.js';

/** Body text in half-points (11pt), and the smallest a table's text is set to keep its words whole (8pt). */
const BODY_SIZE = 22;
const SMALLEST_SIZE = 16;

export interface TableLayout {
  /** Column widths in twips, adding up to the table's width exactly. */
  readonly widths: number[];
  /** The table's text size in half-points: under 11pt when its longest words do not fit otherwise. */
  readonly size: number;
}

/**
 * Column widths for a table `total` twips wide, each column at least as wide
 * as its longest word. When the longest words together need more than the
 * width (many columns in a narrow update), the table's text is set smaller,
 * down to 8pt, rather than a word broken across lines.
 */
export function columnWidths(table: Table, columns: number, total: number): TableLayout {
  if (columns === 0) return { widths: [], size: BODY_SIZE };
  const padding = CELL_MARGINS.left + CELL_MARGINS.right;
  const words = Array.from({ length: columns }, (_, column) =>
    table.children.reduce((most, row) => Math.max(most, row.children[column] ? longestWord(cellText(row.children[column])) : 0), 0),
  );
  const needed = words.reduce((sum, word) => sum + word * 1.05 + padding, 0);
  const size = needed <= total ? BODY_SIZE : Math.max(SMALLEST_SIZE, Math.floor((BODY_SIZE * (total - columns * padding)) / (needed - columns * padding)));
  const minimums = words.map((word) => minimumWidth((word * size) / BODY_SIZE, padding, total, columns));
  return { widths: fitWidths(columnShares(table, columns), minimums, total), size };
}
