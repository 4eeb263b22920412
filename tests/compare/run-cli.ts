import { runCli, type CliResult } from '../helpers/run-cli.js';

export type Run = CliResult;

export interface Terminal {
  /** Default: a pipe. */
  readonly isTTY?: boolean;
  /** Default: none, so neither NO_COLOR nor FORCE_COLOR. */
  readonly env?: Record<string, string>;
}

/** `rag-report <argv>` in-process from the working directory, as a terminal or a pipe would see it. */
export function run(argv: readonly string[], { isTTY = false, env = {} }: Terminal = {}): Promise<Run> {
  return runCli(argv, process.cwd(), { NO_COLOR: '', ...env }, { isTTY });
}

// eslint-disable-next-line no-control-regex
export const ESCAPE = /\u001b\[[0-9;]*m/g;

/**
 * Where the columns of a table line end (the last character of each run of
 * text), colour codes left out. The first column, a row's label, is skipped
 * unless `label` is false (a header has no label).
 */
export function columnEnds(line: string, label = true): number[] {
  const ends: number[] = [];
  const text = line.replace(ESCAPE, '');
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] !== ' ' && (index + 1 === text.length || text[index + 1] === ' ')) ends.push(index);
  }
  return label ? ends.slice(1) : ends;
}

/** The lines of the block that follows the line equal to `after` (or the first blank line), up to the next blank line. */
export function blockAfter(output: string, after?: string): string[] {
  const lines = output.replace(ESCAPE, '').split('\n');
  const start = after === undefined ? lines.indexOf('') : lines.findIndex((line) => line.startsWith(after));
  if (start < 0) throw new Error(`no "${after}" in:\n${output}`);
  const end = lines.indexOf('', start + 1);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
