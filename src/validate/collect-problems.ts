import path from 'node:path';
import { formatQuarter, previousQuarter } from '../quarter/index.js';
import { locate, type LoadedData, type LoadedQuarter, type LoadedReport } from '../load/index.js';
import { problem, sortProblems, type Problem } from '../problems/index.js';
import { reportLanguages, type Language } from '../schema/index.js';
import { checkChangeReasons } from './check-change-reasons.js';
import { checkNarratives } from './check-narratives.js';
import { checkQuarter } from './check-quarter.js';
import { checkReportFile } from './check-report-file.js';
import { checkFrontMatter } from './check-front-matter.js';
import { checkNarrativeText, checkTexts } from './check-texts.js';
import { checkWelsh } from './check-welsh.js';
import type { PendingCheck } from './pending-check.js';
import type { TextTools } from './text-tools.js';

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

/** The problems of every quick check, and the checks still to run with the text tools. */
export interface CollectedProblems {
  readonly problems: readonly Problem[];
  readonly later: readonly PendingCheck[];
  /** Folders whose problems are not reported: other quarters (read for comparison or the trend) and reports without the quarter. */
  readonly excluded: readonly string[];
}

/** Runs every check that needs neither the Markdown parser nor the template engine; see finishProblems. */
export function collectProblems(data: LoadedData, options: ValidateDataOptions = {}): CollectedProblems {
  const { quarter } = options;
  const problems: Problem[] = [...data.problems];
  const later: PendingCheck[] = [];
  const asked = data.reports.filter((report) => quarter === undefined || report.quarters.some((loaded) => loaded.id === quarter));
  for (const report of asked) {
    const languages = languagesOf(report, options.languages);
    const welsh = languages.includes('cy');
    if (options.languages && languages.length === 0 && report.source) {
      // Said, since nothing else would: the report is left out of the build without a word.
      problems.push(
        problem('language-not-published', { file: report.path, ...locate(report.source, ['languages']) }, {
          published: reportLanguages(report.data),
          asked: options.languages,
        }),
      );
    }
    problems.push(...checkReportFile(report, later));
    if (report.source && report.data) {
      problems.push(...checkTexts(report.path, report.source, report.data, later));
      if (welsh) problems.push(...checkWelsh(report.path, report.source, report.data));
    }
    for (const [index, loaded] of report.quarters.entries()) {
      if (quarter !== undefined && loaded.id !== quarter) continue;
      problems.push(...checkQuarter(report, loaded));
      problems.push(...checkChangeReasons(loaded, previousOf(report.quarters, index), report.data));
      problems.push(...checkNarratives(report, loaded.id, languages, later));
      for (const section of loaded.sections) {
        if (!section.source || !section.data) continue;
        problems.push(...checkTexts(section.path, section.source, section.data, later));
        if (welsh) problems.push(...checkWelsh(section.path, section.source, section.data));
      }
      for (const narrative of Object.values(loaded.narratives)) problems.push(...checkNarrativeText(narrative, later), ...checkFrontMatter(narrative));
    }
  }
  const excluded = [
    ...data.reports.filter((report) => !asked.includes(report)).map(reportFolder),
    ...(quarter === undefined ? [] : asked.flatMap((report) => report.quarters.filter((q) => q.id !== quarter).map((q) => q.path))),
  ];
  return { problems, later, excluded };
}

/**
 * Every problem: the collected ones and those of the checks left for the text
 * tools, errors first, then warnings, by file and line. (A problem found later
 * never ties with an earlier one in that order, so the list is the same as if
 * every check had run in turn.)
 */
export function finishProblems(collected: CollectedProblems, tools: TextTools | undefined): Problem[] {
  if (collected.later.length > 0 && !tools) throw new Error('the text tools are needed to finish the checks');
  const problems = [...collected.problems, ...collected.later.flatMap((check) => check(tools!))];
  return sortProblems(problems.filter((problem) => !collected.excluded.some((folder) => isUnder(problem.file, folder))));
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
