/** One very long word (a URL) must not squeeze every other column. */
const LONGEST_WORD_CAP = 0.4;

/**
 * The narrowest a column may be: its longest word (in twips) plus the cell
 * padding, so the word is never broken across lines, within sensible bounds.
 */
export function minimumWidth(longestWord: number, padding: number, total: number, columns: number): number {
  const floor = Math.min(0.1, 1 / columns) * total;
  // A little over the measured width: Word's line breaking needs a hair of room.
  return Math.min(Math.max(Math.ceil(longestWord * 1.05) + padding, floor), LONGEST_WORD_CAP * total);
}

/**
 * Widths from shares, each raised to its minimum with the others shrunk in
 * proportion to make room, rounded to whole twips that add up to `total`.
 */
export function fitWidths(shares: readonly number[], minimums: readonly number[], total: number): number[] {
  const minimumTotal = sum(minimums);
  const floors = minimumTotal > total ? minimums.map((minimum) => (minimum * total) / minimumTotal) : minimums;
  const widths = shares.map((share) => share * total);
  const pinned = new Set<number>();
  let raised = true;
  while (raised) {
    const below = widths.map((width, column) => column).filter((column) => !pinned.has(column) && widths[column]! < floors[column]!);
    raised = below.length > 0;
    for (const column of below) {
      pinned.add(column);
      widths[column] = floors[column]!;
    }
    const free = widths.map((width, column) => column).filter((column) => !pinned.has(column));
    const scale = (total - sum([...pinned].map((column) => widths[column]!))) / sum(free.map((column) => widths[column]!));
    for (const column of free) widths[column]! *= Number.isFinite(scale) ? scale : 1;
  }
  return roundToTotal(widths, total);
}

/** Whole twips adding up exactly to `total`: leftovers go to the largest fractions, first column first on ties. */
function roundToTotal(widths: readonly number[], total: number): number[] {
  const scale = total / sum(widths);
  const exact = widths.map((width) => width * scale);
  const rounded = exact.map(Math.floor);
  const order = exact.map((width, column) => ({ column, fraction: width - Math.floor(width) })).sort((a, b) => b.fraction - a.fraction || a.column - b.column);
  let leftover = total - sum(rounded);
  for (let index = 0; leftover > 0; index = (index + 1) % order.length, leftover--) rounded[order[index]!.column]! += 1;
  return rounded;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
