import { problem, type Problem, type ProblemCode } from '../problems/index.js';

/** The codes of the catalogue that an import reports. */
export type ImportProblemCode = Extract<ProblemCode, `import-${string}`>;

/** A problem of the imported document: it has no lines, so its message names the section and row instead. */
export function importProblem(file: string, code: ImportProblemCode, message: string, hint: string): Problem {
  return problem(code, { file, line: 0, column: 0 }, { message, hint });
}
