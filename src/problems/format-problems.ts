import type { Problem } from './problem.js';

export type ProblemFormat = 'text' | 'json' | 'github';
export const PROBLEM_FORMATS: readonly ProblemFormat[] = ['text', 'json', 'github'];

export interface Paint {
  error(text: string): string;
  warning(text: string): string;
  dim(text: string): string;
}

const noPaint: Paint = { error: (t) => t, warning: (t) => t, dim: (t) => t };

/** `file:line:column  severity  code  message`, a hint indented below. */
export function formatProblemsAsText(problems: readonly Problem[], paint: Paint = noPaint): string {
  return problems
    .map((problem) => {
      const where = problem.line > 0 ? `${inert(problem.file)}:${problem.line}:${problem.column}` : inert(problem.file);
      const severity = problem.severity === 'error' ? paint.error('error') : paint.warning('warning');
      const line = `${where}  ${severity}  ${problem.code}  ${inert(problem.message)}`;
      return problem.hint ? `${line}\n    ${paint.dim(`hint: ${inert(problem.hint)}`)}` : line;
    })
    .join('\n');
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
