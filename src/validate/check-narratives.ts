import path from 'node:path';
import { summarise, type Summary } from '../figures/index.js';
import { narrativeFileName, type LoadedReport } from '../load/index.js';
import { previousReportQuarter, reportQuarter } from '../model/index.js';
import { problem, type Problem } from '../problems/index.js';
import type { Language } from '../schema/index.js';
import type { PendingCheck } from './pending-check.js';

/**
 * The hand-written summaries of one quarter, filled in with its figures as the
 * build does it, so that a field that does not exist is found here and not
 * while rendering (added to `later`: it needs the template engine). A summary
 * with no {{ holds no field, and renders as it is written. English prose with
 * no Welsh beside it is missing Welsh.
 */
export function checkNarratives(report: LoadedReport, quarterId: string, languages: readonly Language[], later: PendingCheck[]): Problem[] {
  const loaded = report.quarters.find((quarter) => quarter.id === quarterId);
  if (!loaded || !report.data) return [];
  let summary: Summary | undefined;
  for (const language of languages) {
    const narrative = loaded.narratives[language];
    if (!narrative?.markdown.includes('{{')) continue;
    later.push((tools) => {
      const current = reportQuarter(report, quarterId)!;
      summary ??= summarise(current, previousReportQuarter(report, current));
      const filled = tools.renderNarrative(narrative, summary);
      return 'problem' in filled ? [filled.problem] : [];
    });
  }
  const problems: Problem[] = [];
  const english = loaded.narratives.en;
  const welsh = loaded.narratives.cy;
  if (languages.includes('cy') && english?.markdown.trim() && !welsh?.markdown.trim()) {
    const file = welsh?.path ?? path.join(path.dirname(english.path), narrativeFileName('cy'));
    problems.push(problem('missing-welsh-summary', { file, line: 0, column: 0 }, { english: english.path }));
  }
  return problems;
}
