import { readdirSync } from 'node:fs';
import { openCheckedFileStore } from '../../cache/index.js';
import { ExitError, UsageError } from '../../errors.js';
import { loadData } from '../../load/index.js';
import { parseQuarter } from '../../quarter/index.js';
import {
  formatProblemsAsJson,
  formatProblemsAsText,
  formatProblemsForGithub,
  PROBLEM_FORMATS,
  type Problem,
  type ProblemFormat,
} from '../../problems/index.js';
import { validateData } from '../../validate/index.js';
import type { Io } from '../io.js';
import { checkChoice, checkReportName } from '../options.js';
import { paintFor } from '../paint.js';

export interface ValidateOptions {
  /** Default ./data */
  readonly data: string;
  readonly report?: string;
  readonly quarter?: string;
  /** Default text */
  readonly format: string;
  /** Treat warnings as errors. Default false. */
  readonly strict?: boolean;
  /** False with --no-cache: every file is parsed, and nothing is kept. Default true. */
  readonly cache?: boolean;
}

export function validateCommand(options: ValidateOptions, io: Io): void {
  const format = checkChoice<ProblemFormat>('--format', options.format, PROBLEM_FORMATS);
  const store = options.cache === false ? undefined : openCheckedFileStore(io.cwd, io.env);
  const data = loadData({ dataDir: options.data, cwd: io.cwd, report: checkReportName(options.report), quarter: options.quarter, store });
  if (options.quarter && data.reports.every((report) => !report.quarters.some((q) => q.id === options.quarter))) {
    throw noDataFor(options.quarter, data, options.report);
  }
  const problems = validateData(data, options.quarter);
  printProblems(problems, format, io);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (options.strict === true && warnings > 0);
  if (format === 'text') io.stdout(summaryLine(data, options.quarter, errors, warnings, failed, io));
  if (failed) throw new ExitError(1);
}

export function printProblems(problems: readonly Problem[], format: ProblemFormat, io: Io): void {
  if (format === 'json') return io.stdout(formatProblemsAsJson(problems));
  if (problems.length === 0) return;
  if (format === 'github') return io.stdout(formatProblemsForGithub(problems));
  const paint = paintFor(io);
  io.stdout(formatProblemsAsText(problems, { error: paint.red.bold, warning: paint.yellow, dim: paint.dim }));
}

function noDataFor(quarter: string, data: ReturnType<typeof loadData>, report: string | undefined): UsageError {
  // Only the asked quarter and the one before were loaded: list the folders to show what there is.
  const known = [...new Set(data.reports.flatMap((loaded) => readdirSync(loaded.dir).filter((name) => parseQuarter(name))))];
  return new UsageError(
    `${report ? `the report "${report}" has no` : 'no report has'} data for ${quarter}`,
    `${known.length ? `the data has ${known.sort().join(', ')}; ` : ''}check the quarter, or create it with \`rag-report new-quarter\``,
  );
}

function summaryLine(
  data: ReturnType<typeof loadData>,
  quarter: string | undefined,
  errors: number,
  warnings: number,
  failed: boolean,
  io: Io,
): string {
  const quarters = data.reports.reduce(
    (sum, report) => sum + report.quarters.filter((q) => quarter === undefined || q.id === quarter).length,
    0,
  );
  const scope = `${data.reports.length} report${data.reports.length === 1 ? '' : 's'}, ${quarters} quarter${quarters === 1 ? '' : 's'}`;
  const paint = paintFor(io);
  if (errors === 0 && warnings === 0) return paint.green(`valid: ${scope}, no problems`);
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  if (errors > 0) return paint.red(`invalid: ${counts} in ${scope}`);
  return failed ? paint.red(`invalid with --strict: ${counts} in ${scope}`) : paint.yellow(`valid with ${counts} in ${scope}`);
}
