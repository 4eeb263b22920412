import path from 'node:path';
import { formatQuarter, previousQuarter } from '../quarter/index.js';
import type { LoadedData, LoadedQuarter } from '../load/index.js';
import { sortProblems, type Problem } from '../problems/index.js';
import { checkChangeReasons } from './check-change-reasons.js';
import { checkQuarter } from './check-quarter.js';
import { checkReportFile } from './check-report-file.js';
import { checkFrontMatter } from './check-front-matter.js';
import { checkNarrativeText, checkTexts } from './check-texts.js';
import { checkWelsh } from './check-welsh.js';

/**
 * Every problem in the loaded data, sorted by file and line. With `quarter`,
 * only that quarter's files (and report.yaml) are checked; the quarter
 * before it is read only to compare ratings.
 */
export function validateData(data: LoadedData, quarter?: string): Problem[] {
  const problems: Problem[] = [...data.problems];
  for (const report of data.reports) {
    problems.push(...checkReportFile(report));
    if (report.source && report.data) problems.push(...checkWelsh(report.path, report.source, report.data), ...checkTexts(report.path, report.source, report.data));
    for (const [index, loaded] of report.quarters.entries()) {
      if (quarter !== undefined && loaded.id !== quarter) continue;
      problems.push(...checkQuarter(report, loaded));
      problems.push(...checkChangeReasons(loaded, previousOf(report.quarters, index)));
      for (const section of loaded.sections) {
        if (section.source && section.data) problems.push(...checkWelsh(section.path, section.source, section.data), ...checkTexts(section.path, section.source, section.data));
      }
      for (const narrative of Object.values(loaded.narratives)) problems.push(...checkNarrativeText(narrative), ...checkFrontMatter(narrative));
    }
  }
  const excluded = quarter === undefined ? [] : data.reports.flatMap((report) => report.quarters.filter((q) => q.id !== quarter));
  return sortProblems(problems.filter((problem) => !excluded.some((other) => isUnder(problem.file, other))));
}

/** The quarter just before the one at `index`, when the data has it. */
function previousOf(quarters: readonly LoadedQuarter[], index: number): LoadedQuarter | undefined {
  const candidate = quarters[index - 1];
  const expected = formatQuarter(previousQuarter(quarters[index]!.quarter));
  return candidate?.id === expected ? candidate : undefined;
}

function isUnder(file: string, quarter: LoadedQuarter): boolean {
  return file === quarter.path || file.startsWith(quarter.path + path.sep);
}
