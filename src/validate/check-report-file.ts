import { locate, type LoadedReport } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';
import { suggestRating } from './suggest-rating.js';
import { checkLogo } from './check-logo.js';
import { checkTemplate } from './check-template.js';
import type { PendingCheck } from './pending-check.js';

/** report.yaml's own consistency: the attention rule names ratings of the scale; the logo is an image and the template a readable file of the data folder. */
export function checkReportFile(report: LoadedReport, later: PendingCheck[]): Problem[] {
  const { data, source } = report;
  if (!data || !source) return [];
  const keys = Object.keys(data.scale);
  const problems: Problem[] = [];
  for (const field of ['ratings', 'always'] as const) {
    for (const [index, key] of (data.attention?.[field] ?? []).entries()) {
      if (keys.includes(key)) continue;
      problems.push(
        problem('unknown-rating', { file: report.path, ...locate(source, ['attention', field, index]) }, {
          message: `attention.${field} names "${key}", which is not in the scale`,
          suggestion: suggestRating(key, data.scale),
          allowed: `the scale has: ${keys.join(', ')}`,
        }),
      );
    }
  }
  const seen = new Set<string>();
  for (const [index, section] of data.sections.entries()) {
    if (seen.has(section)) {
      problems.push(problem('duplicate-section', { file: report.path, ...locate(source, ['sections', index]) }, { section }));
    }
    seen.add(section);
  }
  problems.push(...checkLogo(report), ...checkTemplate(report, later));
  return problems;
}
