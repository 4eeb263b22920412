import { locate, readLogo, type LoadedReport } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';

/** report.yaml's `logo` must be a PNG or JPEG inside the data folder: a problem at its line otherwise. */
export function checkLogo(report: LoadedReport): Problem[] {
  const { data, source } = report;
  if (!data?.logo || !source) return [];
  const logo = readLogo(report.dir, data.logo);
  if (!('reason' in logo)) return [];
  return [problem('bad-logo', { file: report.path, ...locate(source, ['logo']) }, { reason: logo.reason, hint: logo.hint })];
}
