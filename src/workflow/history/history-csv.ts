import { stringify } from 'csv-stringify/sync';
import type { ReportHistory } from './report-history.js';

/**
 * One row per report and quarter under a header row. Rating columns are the
 * union of the reports' scales; `<rating>_change` is the difference of the
 * count from the quarter before, empty for a report's first quarter.
 */
export function historyCsv(histories: readonly ReportHistory[]): string {
  const keys = [...new Set(histories.flatMap((history) => history.scale))];
  const header = [
    'report',
    'quarter',
    'rated',
    'not_applicable',
    ...keys,
    ...keys.map((key) => `${key}_percent`),
    'compared_with',
    ...keys.map((key) => `${key}_change`),
    'improved',
    'worsened',
    'added',
    'removed',
  ];
  const rows = histories.flatMap((history) =>
    history.quarters.map(({ quarter, tally, movement }) => [
      history.report,
      quarter,
      tally.rated,
      tally.notApplicable,
      ...keys.map((key) => tally.counts[key] ?? ''),
      ...keys.map((key) => tally.percent[key] ?? ''),
      movement?.from ?? '',
      ...keys.map((key) => movement?.counts[key] ?? ''),
      movement?.improved ?? '',
      movement?.worsened ?? '',
      movement?.added ?? '',
      movement?.removed ?? '',
    ]),
  );
  return stringify([header, ...rows]);
}
