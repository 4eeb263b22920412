import { performance } from 'node:perf_hooks';
import { documentTimestamp } from '../build/timestamp.js';
import { renderReport, type RenderedFile } from '../build/render-report.js';
import type { Format } from '../build/output-names.js';
import { UsageError } from '../errors.js';
import { loadData } from '../load/index.js';
import { previousReportQuarter, quarterHistory, reportQuarter } from '../model/index.js';
import { hasErrors, sortProblems, type Problem } from '../problems/index.js';
import { MAX_TREND_QUARTERS } from '../render/chart/index.js';
import { LANGUAGES, type Language } from '../schema/index.js';
import { validateData } from '../validate/index.js';
import type { PageKey } from './affected-pages.js';

export interface RenderQuarterOptions extends PageKey {
  readonly dataDir: string;
  /** Paths in problems are shown relative to this folder, as validate shows them. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Default html. */
  readonly format?: Extract<Format, 'html' | 'docx'>;
  /** Default every language. */
  readonly languages?: readonly Language[];
}

/** Why nothing could be rendered at all: the data folder, report or quarter is missing. */
export interface Failure {
  readonly message: string;
  readonly hint?: string;
}

export interface QuarterRender {
  /** What `validate --report R --quarter Q` lists, and what rendering found (a missing Welsh summary). */
  readonly problems: readonly Problem[];
  readonly failure?: Failure;
  /** The documents by language; none when the data has errors. */
  readonly files: ReadonlyMap<Language, RenderedFile>;
  readonly milliseconds: number;
}

/**
 * Loads, validates and renders one report's quarter, as `build` does, but
 * never throws: whatever goes wrong becomes problems or a failure to show. The
 * Welsh is rendered as a draft when some of it is missing, so that a report
 * being written can be seen before its translation is done.
 */
export async function renderQuarter(options: RenderQuarterOptions): Promise<QuarterRender> {
  const started = performance.now();
  const done = (result: Omit<QuarterRender, 'milliseconds'>): QuarterRender => ({ ...result, milliseconds: performance.now() - started });
  try {
    const { dataDir, cwd, report, quarter } = options;
    const data = loadData({ dataDir, cwd, report, quarter, trendQuarters: MAX_TREND_QUARTERS });
    const loaded = data.reports[0]!;
    if (!loaded.quarters.some((q) => q.id === quarter)) {
      return done({ problems: [], files: new Map(), failure: { message: `the report ${report} has no quarter ${quarter}`, hint: 'start it with `rag-report new-quarter`' } });
    }
    const problems = validateData(data, quarter);
    if (hasErrors(problems)) return done({ problems, files: new Map() });
    const current = reportQuarter(loaded, quarter)!;
    const request = {
      current,
      previous: previousReportQuarter(loaded, current),
      history: quarterHistory(loaded, quarter),
      formats: [options.format ?? 'html'],
      timestamp: documentTimestamp(current.quarter, options.env),
    };
    const welshMissing = problems.some((problem) => problem.code === 'missing-welsh');
    const narrativeMissing = (language: Language) => current.narratives.en !== undefined && current.narratives[language] === undefined;
    const files = new Map<Language, RenderedFile>();
    for (const language of options.languages ?? LANGUAGES) {
      const rendered = await renderReport({ ...request, languages: [language], draft: language !== 'en' && (welshMissing || narrativeMissing(language)) });
      problems.push(...rendered.problems);
      const file = rendered.files.find((candidate) => candidate.language === language && candidate.format === request.formats[0]);
      if (file && !hasErrors(rendered.problems)) files.set(language, file);
    }
    return done({ problems: sortProblems(problems), files });
  } catch (error) {
    if (error instanceof UsageError) return done({ problems: [], files: new Map(), failure: { message: error.message, hint: error.hint } });
    // A fault of the tool: shown in the page and the terminal, and the preview goes on.
    return done({ problems: [], files: new Map(), failure: { message: `rag-report failed: ${(error as Error)?.stack ?? String(error)}`, hint: 'this is a fault of the tool, not of your data: please report it' } });
  }
}
