import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** The commands of the contract (../shared/design/contract.md). */
const COMMANDS = ['validate', 'build', 'compare', 'new-quarter', 'history', 'schema', 'init', 'translations'];

/** `name [args]   description` rows of a help section, descriptions joined across wrapped lines. */
function helpRows(help: string, section: string): Map<string, string> {
  const rows = new Map<string, string>();
  const body = help.split(`\n${section}:\n`)[1]?.split('\n\n')[0] ?? '';
  let last: string | undefined;
  for (const line of body.split('\n')) {
    const row = /^ {2}(\S.*?)(?: {2,}(.*))?$/.exec(line);
    if (row) {
      last = row[1]!;
      rows.set(last, row[2] ?? '');
    } else if (last && line.trim()) {
      rows.set(last, `${rows.get(last)} ${line.trim()}`);
    }
  }
  return rows;
}

describe('help', () => {
  it('--help lists every command with what it does', async () => {
    const result = await runCli(['--help'], repository);
    expect(result.exitCode).toBe(0);
    const commands = helpRows(result.stdout, 'Commands');
    const names = [...commands.keys()].map((usage) => usage.split(' ')[0]);
    expect(names).toEqual(expect.arrayContaining(COMMANDS));
    for (const [usage, description] of commands) expect(description, usage).toMatch(/\w{3,}/);
    expect(result.stdout).toContain('Exit codes: 0 success, 1 the data is invalid');
  });

  it('validate --help explains every option', async () => {
    const result = await runCli(['validate', '--help'], repository);
    expect(result.exitCode).toBe(0);
    const options = helpRows(result.stdout, 'Options');
    const flags = [...options.keys()].map((usage) => usage.replace(/^-\w, /, '').split(' ')[0]);
    expect(flags).toEqual(expect.arrayContaining(['--data', '--report', '--quarter', '--format', '--strict', '--lang', '--quiet', '--verbose', '--help']));
    for (const [usage, description] of options) expect(description, usage).toMatch(/\w{3,}/);
    expect(options.get('--format <format>')).toMatch(/"text", "json", "github"/);
    expect(options.get('--data <dir>')).toMatch(/default: from rag-report.yaml, or the nearest data folder/);
  });

  it('schema --help explains --out', async () => {
    const result = await runCli(['schema', '--help'], repository);
    expect(helpRows(result.stdout, 'Options').get('--out <dir>')).toMatch(/folder/);
  });

  it('--version prints the version of package.json', async () => {
    for (const flag of ['--version', '-V']) {
      expect(await runCli([flag], repository)).toEqual({ exitCode: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    }
  });

  it('an unknown command is a usage error with a suggestion, not a stack trace', async () => {
    const result = await runCli(['valdate'], repository);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("unknown command 'valdate'");
    expect(result.stderr).toContain('validate');
    expect(result.stderr).not.toMatch(/^\s+at\s/m);
  });
});
