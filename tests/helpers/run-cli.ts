import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `rag-report <argv>` in-process from `cwd`, capturing what it prints.
 * Without colour unless `env` says otherwise (NO_COLOR: '' lets a terminal colour).
 */
export async function runCli(
  argv: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  { isTTY = false }: { isTTY?: boolean } = {},
): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = {
    cwd,
    env: { NO_COLOR: '1', ...env },
    isTTY,
    stdout: (text) => stdout.push(withNewline(text)),
    stderr: (text) => stderr.push(withNewline(text)),
  };
  const exitCode = await main(argv, io);
  return { exitCode, stdout: stdout.join(''), stderr: stderr.join('') };
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
