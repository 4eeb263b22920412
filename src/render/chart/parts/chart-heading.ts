import type { ChartRating } from '../chart-input.js';
import { legend } from './legend.js';
import { titleLines } from './title-lines.js';

export const MARGIN = 16;

/** The title and, under it, the legend; `bottom` is where the plot may start. */
export function chartHeading(title: string, ratings: readonly ChartRating[], width: number): { elements: string[]; bottom: number } {
  const heading = titleLines(title, MARGIN, MARGIN, width - 2 * MARGIN);
  const key = legend(ratings, MARGIN, MARGIN + heading.height + 8, width - 2 * MARGIN);
  return { elements: [...heading.elements, ...key.elements], bottom: MARGIN + heading.height + 8 + key.height + 8 };
}
