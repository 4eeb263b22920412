import type { Tally } from '../../figures/index.js';
import type { Movement, ReportHistory } from './report-history.js';

export interface HistoryJsonEntry extends Tally {
  readonly quarter: string;
  /** Null for the report's first quarter. */
  readonly change: Movement | null;
  /** Present, true, while some of the quarter's texts are still to write. */
  readonly inProgress?: true;
}

/** `{ "<report>": [ { quarter, rated, notApplicable, counts, percent, change }, ... ] }`, oldest quarter first. */
export function historyJson(histories: readonly ReportHistory[]): Record<string, HistoryJsonEntry[]> {
  return Object.fromEntries(
    histories.map((history) => [
      history.report,
      history.quarters.map(({ quarter, tally, movement, inProgress }) => ({
        quarter,
        ...tally,
        change: movement,
        ...(inProgress ? { inProgress: true as const } : {}),
      })),
    ]),
  );
}
