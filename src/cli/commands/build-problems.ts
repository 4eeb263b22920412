import type { Language } from '../../schema/languages.js';
import { formatProblemsAsText, sortProblems, type Problem } from '../../problems/index.js';
import type { Io } from '../io.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';

/** The validation problems of a build: stops on errors, prints the warnings (unless quiet). */
export function reportBuildProblems(
  problems: readonly Problem[],
  { languages, draft, quiet }: { languages: readonly Language[]; draft: boolean; quiet: boolean },
  io: Io,
): void {
  const shown = buildProblems(problems, languages, draft);
  failOnErrors(shown, io);
  if (quiet || shown.length === 0) return;
  const paint = paintFor(io);
  io.stderr(formatProblemsAsText(shown, { error: paint.red.bold, warning: paint.yellow, dim: paint.dim }));
}

/** Missing Welsh is only a warning, until a Welsh document is built without --draft. */
function buildProblems(problems: readonly Problem[], languages: readonly Language[], draft: boolean): Problem[] {
  if (!languages.includes('cy') || draft) return [...problems];
  return sortProblems(
    problems.map((problem) =>
      problem.code === 'missing-welsh'
        ? { ...problem, severity: 'error', hint: `${problem.hint ?? ''}; to build a draft anyway, add --draft` }
        : problem,
    ),
  );
}
