import { ExitError } from '../../errors.js';
import { formatProblemsAsText, type Problem } from '../../problems/index.js';
import type { Io } from '../io.js';
import { paintFor } from '../paint.js';

/**
 * When `problems` has errors: prints them, then the warnings (unless quiet),
 * on stderr, and stops with exit code 1. Otherwise prints nothing.
 */
export function failOnErrors(problems: readonly Problem[], io: Io, { quiet = false, verbose = false } = {}): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return;
  const paint = paintFor(io);
  const shown = quiet ? errors : problems;
  io.stderr(formatProblemsAsText(shown, { paint: { error: paint.red.bold, warning: paint.yellow, dim: paint.dim }, verbose }));
  io.stderr(paint.red(`${errors.length} error${errors.length === 1 ? '' : 's'} in the data: fix ${errors.length === 1 ? 'it' : 'them'} (rag-report validate lists every problem).`));
  throw new ExitError(1);
}
