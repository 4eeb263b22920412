import type { LoadedData } from '../load/index.js';
import type { Problem } from '../problems/index.js';
import { collectProblems, finishProblems, type ValidateDataOptions } from './collect-problems.js';

/**
 * validateData for a command that only validates: the Markdown parser and the
 * template engine, a third of its code, are loaded only when some text needs
 * them, which plain prose never does. Import this module by its own path,
 * not through the index, which loads them.
 */
export async function validateDataLazily(data: LoadedData, options: ValidateDataOptions = {}): Promise<Problem[]> {
  const collected = collectProblems(data, options);
  const tools = collected.later.length > 0 ? (await import('./text-tools.js')).textTools : undefined;
  return finishProblems(collected, tools);
}
