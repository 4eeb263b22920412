import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openCheckedFileStore } from '../../cache/checked-file-store.js';
import { openValidateResults, type ValidateResult, type ValidateResults } from '../../cache/validate-results.js';
import { ExitError, UsageError } from '../../errors.js';
import type { LoadedData } from '../../load/index.js';
import { parseQuarter } from '../../quarter/index.js';
import {
  formatProblemsAsJson,
  formatProblemsAsText,
  formatGithubAnnotations,
  readChangedFiles,
  PROBLEM_FORMATS,
  PROBLEMS,
  type Problem,
  type ProblemFormat,
} from '../../problems/index.js';
import { LANGUAGES, type Language } from '../../schema/languages.js';
import type { Io } from '../io.js';
import { checkChoice, checkReportName, parseList } from '../options.js';
import { paintFor } from '../paint.js';

export interface ValidateOptions {
  /** The data folder; main fills it in from rag-report.yaml or the folder found upward. */
  readonly data: string;
  readonly report?: string;
  readonly quarter?: string;
  /** Default text */
  readonly format: string;
  /** Treat warnings as errors. Default false. */
  readonly strict?: boolean;
  /** False with --no-cache: every file is parsed, and nothing is kept. Default true. */
  readonly cache?: boolean;
  /** "en" or "en,cy". Default: each report's languages. */
  readonly lang?: string;
  /** Print errors only. Default false. */
  readonly quiet?: boolean;
  /** Every problem on its own line. Default false. */
  readonly verbose?: boolean;
  /** A file listing the changed files, one a line: --format github annotates only those. */
  readonly changedFiles?: string;
  /** Check again on every save, until Ctrl-C. Default false. */
  readonly watch?: boolean;
}

export async function validateCommand(options: ValidateOptions, io: Io): Promise<void> {
  if (options.watch) {
    const { watchValidate } = await import('../../preview/watch-validate.js');
    return watchValidate(() => validateCommand({ ...options, watch: false }, io), { data: options.data, io });
  }
  const format = checkChoice<ProblemFormat>('--format', options.format, PROBLEM_FORMATS);
  const languages = options.lang === undefined ? undefined : parseList<Language>('--lang', options.lang, LANGUAGES);
  const report = checkReportName(options.report);
  // A quarter that is not one is said by the loader, in its turn with the data folder's own faults.
  const results =
    options.cache === false || (options.quarter !== undefined && !parseQuarter(options.quarter))
      ? undefined
      : openValidateResults({ cwd: io.cwd, env: io.env, dataDir: path.resolve(io.cwd, options.data), report, quarter: options.quarter, languages });
  const found = results?.get() ?? (await checkData(options, { report, languages, results }, io));
  const { problems } = found;
  const changedFiles = options.changedFiles === undefined ? undefined : readChangedFiles(options.changedFiles, format, io.cwd);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (options.strict === true && warnings > 0);
  const shown = options.quiet && !options.strict ? problems.filter((problem) => problem.severity === 'error') : problems;
  const printed = printProblems(shown, format, io, { verbose: options.verbose, changedFiles });
  if (format === 'text' && (failed || !options.quiet)) {
    io.stdout(summaryLine(found, failed, printed < shown.length, io));
  }
  if (failed) throw new ExitError(1);
}

/**
 * Loads and checks the data, and keeps what was found in `results`. The loader,
 * the YAML parser and the checks are imported here: a run whose files have not
 * changed since the last one never needs them.
 */
async function checkData(
  options: ValidateOptions,
  { report, languages, results }: { report: string | undefined; languages: Language[] | undefined; results: ValidateResults | undefined },
  io: Io,
): Promise<ValidateResult> {
  const [{ loadData }, { validateDataLazily }] = await Promise.all([
    import('../../load/index.js'),
    // By its own path: the index would load the Markdown parser, which few texts need.
    import('../../validate/validate-data-lazily.js'),
  ]);
  const store = options.cache === false ? undefined : openCheckedFileStore(io.cwd, io.env);
  const data = loadData({ dataDir: options.data, cwd: io.cwd, report, quarter: options.quarter, store });
  if (options.quarter && data.reports.every((loaded) => !loaded.quarters.some((q) => q.id === options.quarter))) {
    throw noDataFor(options.quarter, data, options.report);
  }
  const problems = await validateDataLazily(data, { quarter: options.quarter, languages });
  const { quarter } = options;
  const checked = quarter === undefined ? data.reports : data.reports.filter((loaded) => loaded.quarters.some((q) => q.id === quarter));
  const result = {
    problems,
    reports: checked.length,
    quarters: data.reports.reduce((sum, loaded) => sum + loaded.quarters.filter((q) => quarter === undefined || q.id === quarter).length, 0),
  };
  results?.set(result);
  return result;
}

export interface PrintOptions {
  /** Every problem on its own line. Default false. */
  readonly verbose?: boolean | undefined;
  /** With github: annotate only these files (relative to io.cwd). Default: every file. */
  readonly changedFiles?: readonly string[] | undefined;
}

/** Prints the problems in `format`; returns how many lines of problems text printed (every problem in json and github). */
export function printProblems(problems: readonly Problem[], format: ProblemFormat, io: Io, { verbose = false, changedFiles }: PrintOptions = {}): number {
  if (format === 'json') {
    io.stdout(formatProblemsAsJson(problems));
    return problems.length;
  }
  if (problems.length === 0) return 0;
  if (format === 'github') {
    io.stdout(formatGithubAnnotations(problems, { cwd: io.cwd, changedFiles }));
    return problems.length;
  }
  const paint = paintFor(io);
  const text = formatProblemsAsText(problems, { paint: { error: paint.red.bold, warning: paint.yellow, dim: paint.dim }, verbose });
  io.stdout(text);
  return text.split('\n').filter((line) => !line.startsWith(' ')).length;
}

function noDataFor(quarter: string, data: LoadedData, report: string | undefined): UsageError {
  // Only the asked quarter and the one before were loaded: list the folders to show what there is.
  const known = [...new Set(data.reports.flatMap((loaded) => readdirSync(loaded.dir).filter((name) => parseQuarter(name))))];
  return new UsageError(
    `${report ? `the report "${report}" has no` : 'no report has'} data for ${quarter}`,
    `${known.length ? `the data has ${known.sort().join(', ')}; ` : ''}check the quarter, or create it with \`rag-report new-quarter\``,
  );
}

/** The verdict: valid or not, the counts, and what a Welsh build would still need. */
function summaryLine(found: ValidateResult, failed: boolean, collapsed: boolean, io: Io): string {
  const { problems, reports, quarters } = found;
  const scope = `${reports} report${reports === 1 ? '' : 's'}, ${quarters} quarter${quarters === 1 ? '' : 's'}`;
  const paint = paintFor(io);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors === 0 && warnings === 0) return paint.green(`valid: ${scope}, no problems`);
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const welsh = problems.filter((problem) => PROBLEMS[problem.code].welsh).length;
  const notes = [
    welsh > 0 ? `the Welsh documents need ${welsh} more Welsh text${welsh === 1 ? '' : 's'} (build --lang en, or --draft, until then)` : '',
    collapsed ? '--verbose lists each problem' : '',
  ].filter(Boolean);
  const after = notes.length ? `; ${notes.join('; ')}` : '';
  if (errors > 0) return paint.red(`invalid: ${counts} in ${scope}`) + after;
  return (failed ? paint.red(`invalid with --strict: ${counts} in ${scope}`) : paint.yellow(`valid with ${counts} in ${scope}`)) + after;
}
