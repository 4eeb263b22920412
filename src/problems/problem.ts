export type Severity = 'error' | 'warning';

/** One thing wrong with the data, with where it is and what to do. */
export interface Problem {
  /** Path of the file, relative to the working directory where possible. */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file as a whole. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** A permanent name, listed in the README. */
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

export const FILE_START: Position = { line: 1, column: 1 };

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.code, b.code),
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
