import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

export { copyOfData, temporaryFolder } from '../helpers/temporary-folder.js';

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
