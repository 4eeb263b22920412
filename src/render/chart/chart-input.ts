import type { Tally } from '../../figures/index.js';
import { checkColour } from './parts/colour.js';

/** One rating of the report's scale, in the document's language. */
export interface ChartRating {
  /** The scale key, e.g. "amber": how the tally counts it. */
  readonly key: string;
  /** The word printed on the chart, e.g. "Amber" or "Ambr". */
  readonly label: string;
  /** "#RRGGBB", from report.yaml. */
  readonly colour: string;
}

/** A quarter's figures with its label in the document's language, e.g. "Q1 2023/24" or "Ch1 2023/24". */
export interface ChartQuarter {
  readonly label: string;
  readonly tally: Tally;
}

export interface ChartOptions {
  /** Prefix of the ids of `<title>` and `<desc>`; unique per page when several charts share one. Default "rag-chart". */
  readonly idPrefix?: string;
  /** Width of the SVG in pixels (it grows only if the labels cannot fit). Default 640. */
  readonly width?: number;
}

const ID_PREFIX = /^[A-Za-z][A-Za-z0-9_-]*$/;

export function resolveOptions(options: ChartOptions, kind: string): { idPrefix: string; width: number } {
  const idPrefix = options.idPrefix ?? 'rag-chart';
  const width = options.width ?? 640;
  if (!ID_PREFIX.test(idPrefix)) {
    throw new Error(`${kind}: idPrefix "${idPrefix}" is not usable in an id; use a letter followed by letters, digits, "-" or "_".`);
  }
  if (!Number.isInteger(width) || width < 320) throw new Error(`${kind}: width ${width} must be a whole number of pixels, at least 320.`);
  return { idPrefix, width };
}

/** Throws naming the problem when the ratings and quarters do not fit together. */
export function checkChartInput(kind: string, ratings: readonly ChartRating[], quarters: readonly ChartQuarter[]): void {
  if (ratings.length === 0) throw new Error(`${kind}: ratings is empty; pass the report's scale, worst first.`);
  const keys = new Set<string>();
  for (const rating of ratings) {
    if (keys.has(rating.key)) throw new Error(`${kind}: the rating "${rating.key}" is listed twice.`);
    keys.add(rating.key);
    checkColour(rating.colour, `${kind}: rating "${rating.key}"`);
  }
  for (const quarter of quarters) {
    const missing = ratings.filter((rating) => quarter.tally.counts[rating.key] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `${kind}: the tally of ${quarter.label} has no count for ${missing.map((rating) => `"${rating.key}"`).join(', ')}; it counts ${Object.keys(quarter.tally.counts).map((key) => `"${key}"`).join(', ')}.`,
      );
    }
  }
}

export interface RatingFigure {
  readonly rating: ChartRating;
  readonly count: number;
  readonly percent: number;
}

/** The count and whole-number percentage of each rating, in scale order. */
export function ratingFigures(ratings: readonly ChartRating[], quarter: ChartQuarter): RatingFigure[] {
  return ratings.map((rating) => ({
    rating,
    count: quarter.tally.counts[rating.key] ?? 0,
    percent: quarter.tally.percent[rating.key] ?? 0,
  }));
}
