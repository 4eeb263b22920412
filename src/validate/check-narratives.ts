import path from 'node:path';
import { summarise } from '../figures/index.js';
import { narrativeFileName, type LoadedReport } from '../load/index.js';
import { previousReportQuarter, reportQuarter } from '../model/index.js';
import { problem, type Problem } from '../problems/index.js';
import { renderNarrative } from '../render/markdown/narrative.js';
import type { Language } from '../schema/index.js';

/**
 * The hand-written summaries of one quarter, filled in with its figures as the
 * build does it, so that a field that does not exist is found here and not
 * while rendering. English prose with no Welsh beside it is missing Welsh.
 */
export function checkNarratives(report: LoadedReport, quarterId: string, languages: readonly Language[]): Problem[] {
  const current = reportQuarter(report, quarterId);
  if (!current) return [];
  const summary = summarise(current, previousReportQuarter(report, current));
  const problems: Problem[] = [];
  for (const language of languages) {
    const narrative = current.narratives[language];
    if (!narrative) continue;
    const filled = renderNarrative(narrative, summary);
    if ('problem' in filled) problems.push(filled.problem);
  }
  const english = current.narratives.en;
  const welsh = current.narratives.cy;
  if (languages.includes('cy') && english?.markdown.trim() && !welsh?.markdown.trim()) {
    const file = welsh?.path ?? path.join(path.dirname(english.path), narrativeFileName('cy'));
    problems.push(problem('missing-welsh-summary', { file, line: 0, column: 0 }, { english: english.path }));
  }
  return problems;
}
