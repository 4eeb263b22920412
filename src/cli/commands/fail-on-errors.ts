import { ExitError } from '../../errors.js';
import { formatProblemsAsText, type Problem } from '../../problems/index.js';
import type { Io } from '../io.js';
import { paintFor } from '../paint.js';

/** Prints the errors among `problems` and stops with exit code 1 when there are any. */
export function failOnErrors(problems: readonly Problem[], io: Io): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return;
  const paint = paintFor(io);
  io.stderr(formatProblemsAsText(errors, { paint: { error: paint.red.bold, warning: paint.yellow, dim: paint.dim } }));
  io.stderr(paint.red(`${errors.length} error${errors.length === 1 ? '' : 's'} in the data: fix ${errors.length === 1 ? 'it' : 'them'} (rag-report validate lists every problem).`));
  throw new ExitError(1);
}
