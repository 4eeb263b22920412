import type { Problem, Severity } from '../problems/index.js';

/** The problems an import finds in a document; listed in the README's table. */
export type ImportProblemCode =
  | 'import-no-rating'
  | 'import-no-action'
  | 'import-no-update'
  | 'import-no-heading'
  | 'import-no-introduction'
  | 'import-unplaced-heading'
  | 'import-duplicate-section'
  | 'import-missing-section'
  | 'import-counts-disagree';

/** A problem of the imported document: it has no lines, so it names the section and row instead. */
export function importProblem(file: string, severity: Severity, code: ImportProblemCode, message: string, hint: string): Problem {
  return { file, line: 0, column: 0, severity, code, message, hint };
}
