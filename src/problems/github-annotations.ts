import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { formatProblemsAsText, formatProblemsForGithub } from './format-problems.js';
import type { Problem, Severity } from './problem.js';

/**
 * GitHub shows at most 10 error and 10 warning annotations of one step (and
 * 50 of a job); the rest are dropped without a word. Annotating in file order
 * would spend them on the first files, not on the lines a pull request changed.
 */
export const GITHUB_ANNOTATION_LIMITS: Readonly<Record<Severity, number>> = { error: 10, warning: 10 };

export interface GithubAnnotationOptions {
  /** The working directory the problems' paths are relative to. */
  readonly cwd: string;
  /** Paths relative to cwd (or absolute): only problems in these files are annotated. Default: every file. */
  readonly changedFiles?: readonly string[];
  readonly limits?: Readonly<Record<Severity, number>>;
}

/**
 * Problems as GitHub Actions annotations, errors before warnings, only on the
 * changed files, within GitHub's limits. Every problem not annotated is still
 * printed, as a plain line in a folded group of the log, with a count that says how
 * many and why.
 */
export function formatGithubAnnotations(problems: readonly Problem[], options: GithubAnnotationOptions): string {
  const limits = options.limits ?? GITHUB_ANNOTATION_LIMITS;
  const changed = options.changedFiles && new Set(options.changedFiles.map((file) => path.resolve(options.cwd, file)));
  const inChanged = (problem: Problem) => !changed || changed.has(path.resolve(options.cwd, problem.file));
  const annotated: Problem[] = [];
  const rest: Problem[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const candidates = problems.filter((problem) => problem.severity === severity);
    const annotatable = candidates.filter(inChanged);
    annotated.push(...annotatable.slice(0, limits[severity]));
    rest.push(...annotatable.slice(limits[severity]), ...candidates.filter((problem) => !inChanged(problem)));
  }
  const lines = annotated.length > 0 ? [formatProblemsForGithub(annotated)] : [];
  if (rest.length > 0) {
    const outside = rest.filter((problem) => !inChanged(problem)).length;
    const overLimit = rest.length - outside;
    const why = [
      overLimit > 0 ? `${overLimit} over GitHub's limit of ${limits.error} errors and ${limits.warning} warnings a step` : '',
      outside > 0 ? `${outside} in files this change did not touch` : '',
    ].filter(Boolean);
    lines.push(
      `${annotated.length} problem${annotated.length === 1 ? '' : 's'} shown as annotations; ${rest.length} not shown (${why.join('; ')}), listed here:`,
      `::group::${rest.length} problem${rest.length === 1 ? '' : 's'} not shown as annotations`,
      formatProblemsAsText(rest, { verbose: true }),
      '::endgroup::',
    );
  }
  return lines.join('\n');
}

/** The paths listed by `--changed-files` (one a line, as `git diff --name-only` writes them). */
export function readChangedFiles(listFile: string, format: string, cwd: string): string[] {
  if (format !== 'github') throw new UsageError('--changed-files goes with --format github', 'add --format github, or leave --changed-files out');
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, listFile), 'utf8');
  } catch (error) {
    throw new UsageError(`--changed-files ${listFile} cannot be read: ${(error as Error).message}`, 'give a file listing one path a line, e.g. from `git diff --name-only`');
  }
  return text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
}
