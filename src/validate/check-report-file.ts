import { locate, type LoadedReport } from '../load/index.js';
import { didYouMean, type Problem } from '../problems/index.js';
import { checkLogo } from './check-logo.js';

/** report.yaml's own consistency: the attention rule names ratings of the scale; the logo is an image of the data folder. */
export function checkReportFile(report: LoadedReport): Problem[] {
  const { data, source } = report;
  if (!data || !source) return [];
  const keys = Object.keys(data.scale);
  const problems: Problem[] = [];
  for (const field of ['ratings', 'always'] as const) {
    for (const [index, key] of (data.attention?.[field] ?? []).entries()) {
      if (keys.includes(key)) continue;
      const suggestion = didYouMean(key, keys);
      problems.push({
        file: report.path,
        ...locate(source, ['attention', field, index]),
        severity: 'error',
        code: 'unknown-rating',
        message: `attention.${field} names "${key}", which is not in the scale`,
        hint: `${suggestion ? `did you mean "${suggestion}"? ` : ''}the scale has: ${keys.join(', ')}`,
      });
    }
  }
  const seen = new Set<string>();
  for (const [index, section] of data.sections.entries()) {
    if (seen.has(section)) {
      problems.push({
        file: report.path,
        ...locate(source, ['sections', index]),
        severity: 'error',
        code: 'duplicate-section',
        message: `section "${section}" is listed twice`,
        hint: 'list each section once, in report order',
      });
    }
    seen.add(section);
  }
  problems.push(...checkLogo(report));
  return problems;
}
