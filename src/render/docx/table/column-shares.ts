import type { Table } from 'mdast';
import { cellText } from './cell-text.js';
import { cellData, headerRowCount } from './table-shape.js';

/** The action table (action, rating, update): the update is usually the longest text. */
const ACTION_TABLE_SHARES = [0.35, 0.12, 0.53];
/** A rating column only has to hold one word. */
const RAG_SHARE = 0.12;

/**
 * Each column's share of the table width, before minimums: rating columns
 * narrow, the action table's usual proportions, and otherwise the rest shared
 * by how much text each column holds.
 */
export function columnShares(table: Table, columns: number): number[] {
  const rating = ratingColumns(table, columns);
  const isActionTable = columns === 3 && !rating[0] && rating[1] && !rating[2];
  if (isActionTable) return ACTION_TABLE_SHARES;
  const ratingCount = rating.filter(Boolean).length;
  if (ratingCount === columns) return rating.map(() => 1 / columns);
  const weights = rating.map((isRating, column) => (isRating ? 0 : textLength(table, column) + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const rest = 1 - ratingCount * RAG_SHARE;
  return rating.map((isRating, column) => (isRating ? RAG_SHARE : (rest * weights[column]!) / total));
}

/**
 * Columns whose body cells are all RAG cells. A cell holding only a short
 * label counts too: "N/A" ratings may carry no colour, and one of them should
 * not make the rating column as wide as the text beside it.
 */
export function ratingColumns(table: Table, columns: number): boolean[] {
  const body = table.children.slice(headerRowCount(table));
  return Array.from({ length: columns }, (_, column) => {
    const cells = body.map((row) => row.children[column]);
    const rated = cells.filter((cell) => cell && cellData(cell).rag).length;
    return rated > 0 && cells.every((cell) => cell && (cellData(cell).rag || isShortLabel(cellText(cell))));
  });
}

function isShortLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 20 && trimmed.split(/\s+/).length <= 2;
}

function textLength(table: Table, column: number): number {
  return table.children.reduce((sum, row) => sum + (row.children[column] ? cellText(row.children[column]).trim().length : 0), 0);
}
