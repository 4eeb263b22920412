import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliResult } from '../helpers/run-cli.js';

export type Run = CliResult;

/** `rag-report <argv>` in-process from `cwd`, without colour, capturing what it prints. */
export function run(argv: readonly string[], cwd: string): Promise<Run> {
  return runCli(argv, cwd);
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
