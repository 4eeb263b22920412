import { PROBLEMS, type ProblemCode, type ProblemParams } from './catalogue.js';

export type Severity = 'error' | 'warning';

/** One thing wrong with the data, with where it is and what to do. */
export interface Problem {
  /** Path of the file, relative to the working directory where possible. */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** A permanent name, from the catalogue (listed in the README). */
  readonly code: ProblemCode;
  readonly message: string;
  readonly hint?: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Where a problem is: a file, and a line and column in it (0, 0 for the file as a whole). */
export interface ProblemPlace extends Position {
  readonly file: string;
}

export const FILE_START: Position = { line: 1, column: 1 };

/** A problem of the catalogue's `code` at `place`, its message and hint filled in with `params`. */
export function problem<C extends ProblemCode>(
  code: C,
  place: ProblemPlace,
  ...params: ProblemParams<C> extends void ? [] : [ProblemParams<C>]
): Problem {
  const kind = PROBLEMS[code] as { severity: Severity; message(p: unknown): string; hint(p: unknown): string };
  const filled = params[0];
  return { file: place.file, line: place.line, column: place.column, severity: kind.severity, code, message: kind.message(filled), hint: kind.hint(filled) };
}

/** Errors first, then warnings; each by file, line and column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      severityRank(a) - severityRank(b) ||
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.code, b.code),
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

function severityRank(problem: Problem): number {
  return problem.severity === 'error' ? 0 : 1;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
