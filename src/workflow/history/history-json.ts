import type { Movement, ReportHistory } from './report-history.js';

export interface HistoryJsonEntry {
  readonly quarter: string;
  readonly rated: number;
  readonly notApplicable: number;
  readonly counts: Record<string, number>;
  readonly percent: Record<string, number>;
  /** Null for the report's first quarter. */
  readonly change: Movement | null;
}

/** `{ "<report>": [ { quarter, rated, notApplicable, counts, percent, change }, ... ] }`, oldest quarter first. */
export function historyJson(histories: readonly ReportHistory[]): Record<string, HistoryJsonEntry[]> {
  return Object.fromEntries(
    histories.map((history) => [
      history.report,
      history.quarters.map(({ quarter, tally, movement }) => ({ quarter, ...tally, change: movement })),
    ]),
  );
}
