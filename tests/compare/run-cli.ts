import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface Run {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Terminal {
  /** Default: a pipe. */
  readonly isTTY?: boolean;
  /** Default: none, so neither NO_COLOR nor FORCE_COLOR. */
  readonly env?: Record<string, string>;
}

/** `rag-report <argv>` in-process, capturing what it prints exactly as written. */
export async function run(argv: readonly string[], { isTTY = false, env = {} }: Terminal = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: process.cwd(),
    env,
    isTTY,
    stdout: (text) => void (stdout += text.endsWith('\n') ? text : `${text}\n`),
    stderr: (text) => void (stderr += text.endsWith('\n') ? text : `${text}\n`),
  };
  const exitCode = await main(argv, io);
  return { exitCode, stdout, stderr };
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
