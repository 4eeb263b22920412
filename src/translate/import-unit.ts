import type { Problem } from '../problems/index.js';

/** One unit read back from a translated file. */
export interface ImportUnit {
  readonly id: string;
  /** The English the translator saw, to check it is still the English in the data. */
  readonly english: string;
  /** Empty when the translator has not written it yet. */
  readonly welsh: string;
  /** Where the unit starts in the translated file. */
  readonly line: number;
}

export interface ReadUnits {
  readonly units: readonly ImportUnit[];
  /** Mistakes in the translated file itself, each with its line. */
  readonly problems: readonly Problem[];
}
