import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentages } from '../../src/figures/index.js';

describe('percentages', () => {
  it.each([
    { counts: [1, 21, 28], expected: [2, 42, 56] },
    { counts: [2, 31, 2], expected: [6, 88, 6] },
    { counts: [3, 26, 6], expected: [9, 74, 17] },
    { counts: [0, 15, 35], expected: [0, 30, 70] },
    { counts: [0, 17, 33], expected: [0, 34, 66] },
    { counts: [17, 33], expected: [34, 66] },
    { counts: [3, 35, 13], expected: [6, 69, 25] },
    { counts: [0, 0, 0], expected: [0, 0, 0] },
    { counts: [0, 1, 0], expected: [0, 100, 0] },
    { counts: [1], expected: [100] },
  ])('$counts gives $expected', ({ counts, expected }) => {
    expect(percentages(counts)).toEqual(expected);
  });

  it.each([
    { counts: [1, 1, 1], expected: [34, 33, 33] },
    { counts: [1, 0, 1], expected: [50, 0, 50] },
    { counts: [0, 1, 1, 1], expected: [0, 34, 33, 33] },
    { counts: [1, 1, 1, 1, 1, 1, 1], expected: [15, 15, 14, 14, 14, 14, 14] },
    { counts: [2, 5, 5], expected: [17, 42, 41] },
  ])('a tie in the remainders goes to the worse rating: $counts gives $expected', ({ counts, expected }) => {
    expect(percentages(counts)).toEqual(expected);
  });

  const someCounts = fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 8 });

  it('adds up to 100 whenever something is counted, each within 1 of the exact share', () => {
    fc.assert(
      fc.property(someCounts, (counts) => {
        const total = counts.reduce((sum, count) => sum + count, 0);
        fc.pre(total > 0);
        const result = percentages(counts);
        expect(result.reduce((sum, value) => sum + value, 0)).toBe(100);
        result.forEach((value, index) => {
          expect(Number.isInteger(value)).toBe(true);
          expect(Math.abs(value - (counts[index]! * 100) / total)).toBeLessThan(1);
        });
      }),
    );
  });

  it('is all zero when nothing is counted', () => {
    fc.assert(
      fc.property(fc.nat({ max: 8 }), (length) => {
        expect(percentages(Array<number>(length).fill(0))).toEqual(Array<number>(length).fill(0));
      }),
    );
  });

  it('never gives a larger count a smaller percentage, and equal counts favour the worse rating', () => {
    fc.assert(
      fc.property(someCounts, (counts) => {
        const result = percentages(counts);
        counts.forEach((a, i) =>
          counts.forEach((b, j) => {
            if (a > b || (a === b && i < j)) expect(result[i]!).toBeGreaterThanOrEqual(result[j]!);
          }),
        );
      }),
    );
  });
});
