import type { LoadedData } from '../load/index.js';
import type { Problem } from '../problems/index.js';
import { collectProblems, finishProblems, type ValidateDataOptions } from './collect-problems.js';
import { textTools } from './text-tools.js';

export { languagesOf, type ValidateDataOptions } from './collect-problems.js';

/** Every problem in the loaded data that building it would meet: errors first, then warnings, by file and line. */
export function validateData(data: LoadedData, options: ValidateDataOptions = {}): Problem[] {
  return finishProblems(collectProblems(data, options), textTools);
}
