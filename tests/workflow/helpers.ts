import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(REPO, 'tests/fixtures/workflow');
/** Set UPDATE=1 to rewrite the expected outputs of fixture tests. */
export const UPDATE = Boolean(process.env.UPDATE);

export type { CliResult };

/** `rag-report <argv>` in-process from `cwd`, without colour, capturing what it prints. */
export function run(argv: readonly string[], cwd: string): Promise<CliResult> {
  return runCli(argv, cwd);
}

const temporaries: string[] = [];
afterEach(() => {
  for (const dir of temporaries.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder in the system's temporary folder, removed after the test. */
export function temporaryFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rag-report-workflow-'));
  temporaries.push(dir);
  return dir;
}

/** A copy of `source` (default: the sample data) as `<tmp>/data`; returns `<tmp>`. */
export function copyOfData(source = path.join(REPO, 'data')): string {
  const dir = temporaryFolder();
  cpSync(source, path.join(dir, 'data'), { recursive: true });
  return dir;
}

/** Every file under `dir`, relative, with its text: to show that nothing changed. */
export function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else files[name] = readFileSync(path.join(dir, name), 'utf8');
    }
  };
  walk('');
  return files;
}
