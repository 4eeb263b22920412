import { formatProblemsAsText, type Paint, type Problem } from '../problems/index.js';
import type { PageState } from './preview-pages.js';

/** Once per render: how long it took, and the problems when they differ from the last ones. */
export function tellTerminal(page: PageState, previous: PageState | undefined, log: (line: string) => void, paint?: Paint): void {
  const name = `${page.report} ${page.quarter}`;
  const errors = page.problems.filter((problem) => problem.severity === 'error').length;
  if (page.failure) log(`${name}: ${page.failure.message}${page.failure.hint ? `\n  hint: ${page.failure.hint}` : ''}`);
  else if (errors > 0) log(`${name}: ${errors} error${errors === 1 ? '' : 's'} (the page keeps its last good render)`);
  else if (Object.keys(page.timings).length === 0) log(`checked ${name}: no errors`);
  else log(`rendered ${name}: ${Object.entries(page.timings).map(([language, ms]) => `${language} in ${Math.round(ms)} ms`).join(', ')}`);
  if (page.problems.length > 0 && !sameProblems(page.problems, previous?.problems)) log(formatProblemsAsText(page.problems, { paint }));
  else if (errors === 0 && previous && previous.problems.some((problem) => problem.severity === 'error')) log(`${name}: fixed`);
}

function sameProblems(a: readonly Problem[], b: readonly Problem[] | undefined): boolean {
  return b !== undefined && formatProblemsAsText(a) === formatProblemsAsText(b);
}

