import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface Run {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `rag-report <argv>` in-process from `cwd`, without colour, capturing what it prints. */
export async function run(argv: readonly string[], cwd: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const io: Io = { cwd, env: { NO_COLOR: '1' }, isTTY: false, stdout: (text) => out.push(line(text)), stderr: (text) => err.push(line(text)) };
  const exitCode = await main(argv, io);
  return { exitCode, stdout: out.join(''), stderr: err.join('') };
}

const copies: string[] = [];

/** A fresh copy of tests/fixtures/translate/<name> in the system's temporary folder. */
export function copyFixture(name: string): string {
  const from = fileURLToPath(new URL(`../fixtures/translate/${name}`, import.meta.url));
  const to = mkdtempSync(path.join(os.tmpdir(), 'rag-report-translate-'));
  cpSync(from, to, { recursive: true });
  copies.push(to);
  return to;
}

export function removeCopies(): void {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
}
