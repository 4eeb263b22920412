/**
 * Whole-number percentages of `counts` that add up to 100, by the largest
 * remainder method; ties go to the earlier (worse) rating. All zero when
 * nothing is counted.
 */
export function percentages(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  const floors = counts.map((count) => Math.floor((count * 100) / total));
  const remainders = counts.map((count, index) => ({ index, remainder: (count * 100) % total }));
  let left = 100 - floors.reduce((sum, value) => sum + value, 0);
  // A stable sort keeps the worse rating first among equal remainders.
  for (const { index } of remainders.sort((a, b) => b.remainder - a.remainder)) {
    if (left === 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors;
}
