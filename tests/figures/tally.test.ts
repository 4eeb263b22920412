import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tally } from '../../src/figures/index.js';

const RAG = ['red', 'amber', 'green'];

/** `counts` of each rating in scale order, then `notApplicable` n/a, shuffled order does not matter. */
function ratings(scale: readonly string[], counts: readonly number[], notApplicable = 0): string[] {
  return [...scale.flatMap((key, index) => Array<string>(counts[index]!).fill(key)), ...Array<string>(notApplicable).fill('n/a')];
}

describe('tally', () => {
  it.each([
    { counts: [1, 21, 28], na: 0, percent: [2, 42, 56] },
    { counts: [2, 31, 2], na: 0, percent: [6, 88, 6] },
    { counts: [3, 26, 6], na: 0, percent: [9, 74, 17] },
    { counts: [0, 17, 33], na: 4, percent: [0, 34, 66] },
    { counts: [0, 15, 35], na: 4, percent: [0, 30, 70] },
    { counts: [0, 1, 0], na: 0, percent: [0, 100, 0] },
    { counts: [1, 0, 1], na: 2, percent: [50, 0, 50] },
    { counts: [1, 1, 1], na: 0, percent: [34, 33, 33] },
  ])('$counts with $na n/a gives $percent', ({ counts, na, percent }) => {
    const result = tally(ratings(RAG, counts, na), RAG);
    expect(result).toEqual({
      rated: counts.reduce((sum, count) => sum + count, 0),
      notApplicable: na,
      counts: { red: counts[0], amber: counts[1], green: counts[2] },
      percent: { red: percent[0], amber: percent[1], green: percent[2] },
    });
  });

  it('counts 17/33 on a two-rating scale as 34/66', () => {
    expect(tally(ratings(['amber', 'green'], [17, 33]), ['amber', 'green']).percent).toEqual({ amber: 34, green: 66 });
  });

  it('with every action n/a: nothing rated, all percentages 0, the n/a counted', () => {
    expect(tally(['n/a', 'n/a', 'n/a'], RAG)).toEqual({
      rated: 0,
      notApplicable: 3,
      counts: { red: 0, amber: 0, green: 0 },
      percent: { red: 0, amber: 0, green: 0 },
    });
  });

  it('with no actions at all', () => {
    expect(tally([], RAG)).toEqual({ rated: 0, notApplicable: 0, counts: { red: 0, amber: 0, green: 0 }, percent: { red: 0, amber: 0, green: 0 } });
  });

  it('a single action is 100% of its rating', () => {
    expect(tally(['green'], RAG)).toMatchObject({ rated: 1, counts: { red: 0, amber: 0, green: 1 }, percent: { red: 0, amber: 0, green: 100 } });
  });

  it('keeps the keys in scale order, whatever order the ratings come in', () => {
    const result = tally(['green', 'red', 'blue', 'amber'], ['red', 'amber', 'green', 'blue']);
    expect(Object.keys(result.counts)).toEqual(['red', 'amber', 'green', 'blue']);
    expect(Object.keys(result.percent)).toEqual(['red', 'amber', 'green', 'blue']);
  });

  it('for any ratings: counts add up to rated, rated and n/a to every action, percentages to 100', () => {
    const scale = ['red', 'amber', 'green', 'blue'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...scale, 'n/a'), { maxLength: 300 }), fc.integer({ min: 2, max: 4 }), (all, size) => {
        const keys = scale.slice(0, size);
        const used = all.filter((rating) => rating === 'n/a' || keys.includes(rating));
        const result = tally(used, keys);
        expect(Object.values(result.counts).reduce((sum, count) => sum + count, 0)).toBe(result.rated);
        expect(result.rated + result.notApplicable).toBe(used.length);
        const total = Object.values(result.percent).reduce((sum, value) => sum + value, 0);
        expect(total).toBe(result.rated > 0 ? 100 : 0);
      }),
    );
  });
});
