import { NOT_APPLICABLE } from '../schema/index.js';
import { percentages } from './percentages.js';

export interface Tally {
  readonly rated: number;
  readonly notApplicable: number;
  /** Per rating key, in scale order. */
  readonly counts: Record<string, number>;
  /** Whole numbers adding up to 100 (all 0 when nothing is rated). */
  readonly percent: Record<string, number>;
}

/** Counts and percentages of the ratings; n/a actions are counted apart and not in the percentages. */
export function tally(ratings: readonly string[], scale: readonly string[]): Tally {
  const counts = scale.map((key) => ratings.filter((rating) => rating === key).length);
  const percent = percentages(counts);
  return {
    rated: counts.reduce((sum, count) => sum + count, 0),
    notApplicable: ratings.filter((rating) => rating === NOT_APPLICABLE).length,
    counts: Object.fromEntries(scale.map((key, index) => [key, counts[index]!])),
    percent: Object.fromEntries(scale.map((key, index) => [key, percent[index]!])),
  };
}
