import path from 'node:path';
import { PROBLEMS } from './catalogue.js';
import type { Problem } from './problem.js';

export type ProblemFormat = 'text' | 'json' | 'github';
export const PROBLEM_FORMATS: readonly ProblemFormat[] = ['text', 'json', 'github'];

export interface Paint {
  error(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
}

export interface TextOptions {
  /** Colours for severity and hints. Default: none. */
  readonly paint?: Paint;
  /** One line for every problem, each with its hint. Default false: many of one code in one file or folder share a line. */
  readonly verbose?: boolean;
}

const noPaint: Paint = { error: (t) => t, warning: (t) => t, dim: (t) => t };

/** How many line numbers or file names a shared line lists before "…". */
const LISTED = 6;

/**
 * `file:line:column  severity  code  message`, a hint indented below, in the
 * order given (errors first). Unless verbose, problems of a code that has a
 * `many` line in the catalogue share one line per file, or for warnings per
 * folder when several files of it have them; a hint already printed is not repeated.
 */
export function formatProblemsAsText(problems: readonly Problem[], options: TextOptions = {}): string {
  const paint = options.paint ?? noPaint;
  const printedHints = new Set<string>();
  const lines: string[] = [];
  const emit = (where: string, problem: Problem, message: string, hint: string | undefined) => {
    const severity = problem.severity === 'error' ? paint.error('error') : paint.warning('warning');
    lines.push(`${inert(where)}  ${severity}  ${problem.code}  ${inert(message)}`);
    if (hint && (options.verbose || !printedHints.has(hint))) lines.push(`    ${paint.dim(`hint: ${inert(hint)}`)}`);
    if (hint) printedHints.add(hint);
  };
  for (const group of options.verbose ? problems.map((problem) => [problem]) : groupProblems(problems)) {
    const first = group[0]!;
    if (group.length === 1) {
      emit(placeOf(first), first, first.message, first.hint);
      continue;
    }
    const kind = PROBLEMS[first.code];
    const hint = kind.manyHint ?? first.hint;
    const files = [...new Set(group.map((problem) => problem.file))];
    if (files.length === 1) {
      // Every line of an error, to go and fix; a warning's first few.
      const lines = group.map((problem) => String(problem.line));
      emit(first.file, first, `${kind.many!(group.length)} (lines ${first.severity === 'error' ? lines.join(', ') : listed(lines)})`, hint);
    } else {
      const folder = path.dirname(first.file);
      emit(`${folder}${path.sep}`, first, `${kind.many!(group.length)}, in ${files.length} files (${listed(files.map((file) => path.basename(file)))})`, hint);
    }
  }
  return lines.join('\n');
}

/**
 * Problems of a code with a `many` line, of one severity, in one file (an
 * error) or folder (a warning) go together, placed where the first of them
 * is; every other problem stands alone.
 */
function groupProblems(problems: readonly Problem[]): Problem[][] {
  const groups: Problem[][] = [];
  const byKey = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (!PROBLEMS[problem.code].many) {
      groups.push([problem]);
      continue;
    }
    // An error is fixed where it is: errors share a line per file, warnings per folder.
    const place = problem.severity === 'error' ? problem.file : path.dirname(problem.file);
    const key = `${problem.severity}\0${problem.code}\0${place}`;
    const group = byKey.get(key);
    if (group) group.push(problem);
    else {
      const created = [problem];
      byKey.set(key, created);
      groups.push(created);
    }
  }
  return groups;
}

function placeOf(problem: Problem): string {
  return problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
}

function listed(items: readonly string[]): string {
  return items.length > LISTED ? `${items.slice(0, LISTED).join(', ')}, …` : items.join(', ');
}

/** Text from the data cannot act on the terminal: control characters (escape sequences) are shown as \\u escapes. */
function inert(text: string): string {
  return text.replace(/[\0-\x09\x0B-\x1F\x7F-\x9F]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function formatProblemsAsJson(problems: readonly Problem[]): string {
  return JSON.stringify(problems, null, 2);
}

/** GitHub Actions workflow commands: each problem becomes an annotation on the file. */
export function formatProblemsForGithub(problems: readonly Problem[]): string {
  return problems
    .map((problem) => {
      const properties = [`file=${escapeProperty(problem.file)}`];
      if (problem.line > 0) properties.push(`line=${problem.line}`, `col=${problem.column}`);
      properties.push(`title=${escapeProperty(problem.code)}`);
      const message = problem.hint ? `${problem.message} (${problem.hint})` : problem.message;
      return `::${problem.severity} ${properties.join(',')}::${escapeData(message)}`;
    })
    .join('\n');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
