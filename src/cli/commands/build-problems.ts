import { formatProblemsAsText, PROBLEMS, sortProblems, type Problem } from '../../problems/index.js';
import type { Io } from '../io.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';

// Printed as validate's printProblems prints text, without loading validate's module (and the
// loader and checks with it) on the path of a build that finds everything in the cache.

/** The validation problems of a build: stops on errors, prints the warnings (unless quiet), on stderr. */
export function reportBuildProblems(
  problems: readonly Problem[],
  { draft, quiet, verbose }: { draft: boolean; quiet: boolean; verbose: boolean },
  io: Io,
): void {
  const shown = buildProblems(problems, draft);
  failOnErrors(shown, io, { quiet, verbose });
  if (quiet || shown.length === 0) return;
  const paint = paintFor(io);
  io.stderr(formatProblemsAsText(shown, { paint: { error: paint.red.bold, warning: paint.yellow, dim: paint.dim }, verbose }));
}

/**
 * Missing Welsh is a warning, until a Welsh document is built without
 * --draft: validate found it only in reports whose Welsh is being built.
 */
function buildProblems(problems: readonly Problem[], draft: boolean): Problem[] {
  if (draft) return [...problems];
  return sortProblems(
    problems.map((problem) =>
      PROBLEMS[problem.code].welsh
        ? { ...problem, severity: 'error', hint: `${problem.hint ?? ''}; or build the English alone with --lang en, or a Welsh draft with --draft` }
        : problem,
    ),
  );
}
