import path from 'node:path';
import { formatQuarter, previousQuarter } from '../quarter/index.js';
import type { LoadedData, LoadedQuarter, LoadedReport } from '../load/index.js';
import { sortProblems, type Problem } from '../problems/index.js';
import { reportLanguages, type Language } from '../schema/index.js';
import { checkChangeReasons } from './check-change-reasons.js';
import { checkNarratives } from './check-narratives.js';
import { checkQuarter } from './check-quarter.js';
import { checkReportFile } from './check-report-file.js';
import { checkFrontMatter } from './check-front-matter.js';
import { checkNarrativeText, checkTexts } from './check-texts.js';
import { checkWelsh } from './check-welsh.js';

export interface ValidateDataOptions {
  /**
   * Only this quarter's files (and report.yaml); the quarter before it is read
   * only to compare ratings. Reports without it are not checked. Default: every quarter.
   */
  readonly quarter?: string;
  /**
   * The languages being published (by `--lang` or the config file); each
   * report is checked in those of them it is published in. Default: each
   * report's own `languages`.
   */
  readonly languages?: readonly Language[];
}

/** Every problem in the loaded data that building it would meet: errors first, then warnings, by file and line. */
export function validateData(data: LoadedData, options: ValidateDataOptions = {}): Problem[] {
  const { quarter } = options;
  const problems: Problem[] = [...data.problems];
  const asked = data.reports.filter((report) => quarter === undefined || report.quarters.some((loaded) => loaded.id === quarter));
  for (const report of asked) {
    const languages = languagesOf(report, options.languages);
    const welsh = languages.includes('cy');
    problems.push(...checkReportFile(report));
    if (report.source && report.data) {
      problems.push(...checkTexts(report.path, report.source, report.data));
      if (welsh) problems.push(...checkWelsh(report.path, report.source, report.data));
    }
    for (const [index, loaded] of report.quarters.entries()) {
      if (quarter !== undefined && loaded.id !== quarter) continue;
      problems.push(...checkQuarter(report, loaded));
      problems.push(...checkChangeReasons(loaded, previousOf(report.quarters, index), report.data));
      problems.push(...checkNarratives(report, loaded.id, languages));
      for (const section of loaded.sections) {
        if (!section.source || !section.data) continue;
        problems.push(...checkTexts(section.path, section.source, section.data));
        if (welsh) problems.push(...checkWelsh(section.path, section.source, section.data));
      }
      for (const narrative of Object.values(loaded.narratives)) problems.push(...checkNarrativeText(narrative), ...checkFrontMatter(narrative));
    }
  }
  // Not asked for: other quarters (read for comparison or the trend) and reports without the quarter.
  const excluded = [
    ...data.reports.filter((report) => !asked.includes(report)).map(reportFolder),
    ...(quarter === undefined ? [] : asked.flatMap((report) => report.quarters.filter((q) => q.id !== quarter).map((q) => q.path))),
  ];
  return sortProblems(problems.filter((problem) => !excluded.some((folder) => isUnder(problem.file, folder))));
}

/** The languages `report` is checked in: those asked for that it is published in. */
export function languagesOf(report: LoadedReport, requested: readonly Language[] | undefined): Language[] {
  const published = reportLanguages(report.data);
  return requested ? published.filter((language) => requested.includes(language)) : [...published];
}

/** The quarter just before the one at `index`, when the data has it. */
function previousOf(quarters: readonly LoadedQuarter[], index: number): LoadedQuarter | undefined {
  const candidate = quarters[index - 1];
  const expected = formatQuarter(previousQuarter(quarters[index]!.quarter));
  return candidate?.id === expected ? candidate : undefined;
}

function reportFolder(report: LoadedReport): string {
  return path.dirname(report.path);
}

function isUnder(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder + path.sep);
}
