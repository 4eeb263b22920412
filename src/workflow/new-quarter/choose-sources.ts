import { existsSync } from 'node:fs';
import path from 'node:path';
import { displayPath, type LoadedData, type LoadedReport } from '../../load/index.js';
import { chooseSourceQuarter } from './choose-source-quarter.js';

/** A report whose new quarter will be copied from `from`. */
export interface SourceQuarter {
  readonly report: LoadedReport;
  readonly from: string;
}

export interface Refusal {
  readonly report: string;
  readonly message: string;
  readonly hint: string;
}

/**
 * For each report of `data`, the quarter that `quarter` will be copied
 * from, or why it cannot be made: it exists, or it does not follow the
 * latest quarter and no `from` was given. Reads nothing but folder names.
 */
export function chooseSources(
  data: LoadedData,
  quarter: string,
  from: string | undefined,
  cwd: string,
): { sources: SourceQuarter[]; refusals: Refusal[] } {
  const sources: SourceQuarter[] = [];
  const refusals: Refusal[] = [];
  for (const report of data.reports) {
    const target = path.join(report.dir, quarter);
    if (existsSync(target)) {
      refusals.push({
        report: report.name,
        message: `${displayPath(cwd, target)} already exists`,
        hint: 'new-quarter never changes a quarter that exists: edit its files, or delete the folder to start it again',
      });
      continue;
    }
    const choice = chooseSourceQuarter(report.quarters.map((loaded) => loaded.id), quarter, from);
    if ('refusal' in choice) refusals.push({ report: report.name, message: choice.refusal, hint: choice.hint });
    else sources.push({ report, from: choice.from });
  }
  return { sources, refusals };
}

