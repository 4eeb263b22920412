import type { LoadedReport } from '../load/index.js';
import { reportQuarter, type ReportQuarter } from './report-quarter.js';

/**
 * The report's quarters up to and including `quarterId`, oldest first,
 * leaving out any whose section files did not all load: a trend drawn from
 * half a quarter would mislead.
 */
export function quarterHistory(report: LoadedReport, quarterId: string): ReportQuarter[] {
  return report.quarters
    .filter((quarter) => quarter.id <= quarterId)
    .flatMap((quarter) => {
      const complete = quarter.sections.every((section) => section.data) && report.data?.sections.length === quarter.sections.length;
      const loaded = complete ? reportQuarter(report, quarter.id) : undefined;
      return loaded ? [loaded] : [];
    });
}
