import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `rag-report <argv>` in-process from `cwd`, without colour, capturing what it prints. */
export async function runCli(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: Io = {
    cwd,
    env: { NO_COLOR: '1', ...env },
    isTTY: false,
    stdout: (text) => stdout.push(withNewline(text)),
    stderr: (text) => stderr.push(withNewline(text)),
  };
  const exitCode = await main(argv, io);
  return { exitCode, stdout: stdout.join(''), stderr: stderr.join('') };
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
