import type { ReportFile } from '../schema/index.js';

/** A rating of the scale as the import recognises it: by its words and its colour. */
export interface ScaleRating {
  readonly key: string;
  /** Lower-case words that name it in a cell: its key and labels. */
  readonly words: readonly string[];
  /** RRGGBB, upper case. */
  readonly colour: string;
}

/**
 * The scale a new report gets: Red, Amber and Green as the sample defines
 * them, and Blue (complete) when a document uses it. Worst first.
 */
export const DEFAULT_SCALE: readonly (ScaleRating & { readonly label: string; readonly always: boolean })[] = [
  { key: 'red', label: 'Red', words: ['red'], colour: 'FF0000', always: true },
  { key: 'amber', label: 'Amber', words: ['amber'], colour: 'FFC000', always: true },
  { key: 'green', label: 'Green', words: ['green'], colour: '00B050', always: true },
  { key: 'blue', label: 'Blue', words: ['blue'], colour: '0070C0', always: false },
];

/** The scale of an existing report, from its report.yaml. */
export function scaleOfReport(definition: ReportFile): ScaleRating[] {
  return Object.entries(definition.scale).map(([key, rating]) => ({
    key,
    words: [key, rating.label.en, rating.label.cy].filter((word): word is string => Boolean(word)).map((word) => word.toLowerCase()),
    colour: rating.colour.replace('#', '').toUpperCase(),
  }));
}
