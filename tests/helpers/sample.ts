import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarise } from '../../src/figures/index.js';
import { loadData } from '../../src/load/index.js';
import { previousReportQuarter, reportQuarter } from '../../src/model/index.js';

/** The repository's own sample data folder. */
export const SAMPLE_DATA = fileURLToPath(new URL('../../data/', import.meta.url));
export const REPO_ROOT = path.dirname(path.dirname(SAMPLE_DATA.replace(/\/$/, '')));

/** A report's quarter of the sample data, with the one before it and the figures. */
export function sampleQuarter(report: string, quarter = '2023Q2') {
  const data = loadData({ dataDir: SAMPLE_DATA, report, quarter });
  const current = reportQuarter(data.reports[0]!, quarter)!;
  const previous = previousReportQuarter(data.reports[0]!, current);
  return { current, previous, summary: summarise(current, previous) };
}
