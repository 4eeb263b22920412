import { performance } from 'node:perf_hooks';
import { documentTimestamp } from '../build/timestamp.js';
import { renderReport, type RenderedFile, type RenderRequest } from '../build/render-report.js';
import type { Format } from '../build/output-names.js';
import { UsageError } from '../errors.js';
import { loadData, type LoadOptions } from '../load/index.js';
import { previousReportQuarter, quarterHistory, reportQuarter } from '../model/index.js';
import { hasErrors, problem, PROBLEMS, type Problem } from '../problems/index.js';
import { MAX_TREND_QUARTERS } from '../render/chart/index.js';
import type { Language } from '../schema/index.js';
import { languagesOf, validateData } from '../validate/index.js';
import type { PageKey } from './affected-pages.js';

export interface RenderQuarterOptions extends PageKey {
  readonly dataDir: string;
  /** Paths in problems are shown relative to this folder, as validate shows them. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Default html. */
  readonly format?: Extract<Format, 'html' | 'docx'>;
  /** How YAML files are parsed (see rememberedYaml). */
  readonly parseYaml?: LoadOptions['parseYaml'];
  /** How the Markdown parser is wrapped (see rememberedMarkdown). */
  readonly keepParsedMarkdown?: RenderRequest['keepParsedMarkdown'];
  /** The languages asked for (--lang, rag-report.yaml). Default: those the report is published in. */
  readonly languages?: readonly Language[];
}

/** Why nothing could be rendered at all: the data folder, report or quarter is missing. */
export interface Failure {
  readonly message: string;
  readonly hint?: string;
}

/** A quarter loaded and checked, ready to render one language at a time. */
export interface PreparedQuarter {
  /** What `validate --report R --quarter Q` lists. */
  readonly problems: readonly Problem[];
  readonly failure?: Failure;
  /** The languages of its documents: those asked for that the report is published in. */
  readonly languages: readonly Language[];
  /** Absent when the data has errors: there is nothing to render. */
  readonly render?: (language: Language) => Promise<LanguageRender>;
}

export interface LanguageRender {
  readonly file?: RenderedFile;
  /** What rendering found, such as a missing Welsh summary. */
  readonly problems: readonly Problem[];
}

/**
 * Loads and validates one report's quarter, as `build` does, but never throws:
 * whatever goes wrong becomes problems or a failure to show. Each language is
 * then rendered on its own, so that the first can be shown while the next is
 * rendered. The Welsh is rendered as a draft when some of it is missing, so
 * that a report being written can be seen before its translation is done.
 */
export function prepareQuarter(options: RenderQuarterOptions): PreparedQuarter {
  try {
    const { dataDir, cwd, report, quarter, parseYaml } = options;
    const data = loadData({ dataDir, cwd, report, quarter, trendQuarters: MAX_TREND_QUARTERS, parseYaml });
    const loaded = data.reports[0]!;
    if (!loaded.quarters.some((q) => q.id === quarter)) {
      return { problems: [], languages: [], failure: { message: `the report ${report} has no quarter ${quarter}`, hint: 'start it with `rag-report new-quarter`' } };
    }
    const problems = validateData(data, { quarter, languages: options.languages });
    const languages = languagesOf(loaded, options.languages);
    if (hasErrors(problems)) return { problems, languages };
    const current = reportQuarter(loaded, quarter)!;
    const format = options.format ?? 'html';
    const request: Omit<RenderRequest, 'languages' | 'draft'> = {
      current,
      previous: previousReportQuarter(loaded, current),
      history: quarterHistory(loaded, quarter),
      formats: [format],
      timestamp: documentTimestamp(current.quarter, options.env),
      keepParsedMarkdown: options.keepParsedMarkdown,
    };
    // What build refuses without --draft: missing Welsh texts, a missing Welsh summary.
    const welshMissing = problems.some((problem) => PROBLEMS[problem.code].welsh);
    const draft = (language: Language) => language !== 'en' && welshMissing;
    return {
      problems,
      languages,
      render: async (language) => {
        try {
          const rendered = await renderReport({ ...request, languages: [language], draft: draft(language) });
          const file = rendered.files.find((candidate) => candidate.language === language && candidate.format === format);
          return { file: hasErrors(rendered.problems) ? undefined : file, problems: rendered.problems };
        } catch (error) {
          // A fault of the tool, or a broken template: shown in the page and the terminal, and the preview goes on.
          return { problems: [problem('render-failed', { file: loaded.path, line: 0, column: 0 }, { message: (error as Error)?.stack ?? String(error) })] };
        }
      },
    };
  } catch (error) {
    if (error instanceof UsageError) return { problems: [], languages: [], failure: { message: error.message, hint: error.hint } };
    // A folder renamed or removed between listing and reading it, as a checkout or an editor may do.
    const code = (error as NodeJS.ErrnoException)?.code;
    if (typeof code === 'string') return { problems: [], languages: [], failure: { message: `the data changed while it was read: ${(error as Error).message}`, hint: 'it is read again at the next save' } };
    return {
      problems: [],
      languages: [],
      failure: { message: `rag-report failed: ${(error as Error)?.stack ?? String(error)}`, hint: 'this is a fault of the tool, not of your data: please report it with the file you saved' },
    };
  }
}

/** Every language at once: the docx downloads, and `validate`-like uses. */
export async function renderQuarter(options: RenderQuarterOptions, languages: readonly Language[]): Promise<{ problems: Problem[]; failure?: Failure; files: Map<Language, RenderedFile>; milliseconds: number }> {
  const started = performance.now();
  const prepared = prepareQuarter(options);
  const problems = [...prepared.problems];
  const files = new Map<Language, RenderedFile>();
  for (const language of prepared.render ? languages : []) {
    const rendered = await prepared.render!(language);
    problems.push(...rendered.problems);
    if (rendered.file) files.set(language, rendered.file);
  }
  return { problems, failure: prepared.failure, files, milliseconds: performance.now() - started };
}
