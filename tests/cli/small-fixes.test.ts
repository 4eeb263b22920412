import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Two quarters of one small report with all its Welsh: fixtures/validate/no-change-reason.
const twoQuarters = fileURLToPath(new URL('../fixtures/validate/no-change-reason/data/', import.meta.url));
const missingWelsh = fileURLToPath(new URL('../fixtures/validate/missing-welsh/data/', import.meta.url));
const staleWelsh = fileURLToPath(new URL('../fixtures/validate/stale-welsh/data/', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rag-small-'));
  // A git repository's top: the search for settings stops here, whatever lies above.
  mkdirSync(path.join(dir, '.git'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function copy(data: string, to = 'data'): void {
  cpSync(data, path.join(dir, to), { recursive: true });
}

describe('options', () => {
  it('names a misspelt option as such, with the likely one', async () => {
    copy(twoQuarters);
    const result = await runCli(['build', '--quater', '2023Q2'], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("unknown option '--quater'");
    expect(result.stderr).toContain('--quarter');
    expect(result.stderr).not.toContain('required option');
    expect((await runCli(['build'], dir)).stderr).toContain("required option '--quarter <quarter>' not specified");
  });

  it('refuses to compare a quarter with itself', async () => {
    copy(twoQuarters);
    const result = await runCli(['compare', '--quarter', '2023Q2', '--with', '2023Q2'], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is the quarter itself');
  });

  it('refuses --out inside the data folder', async () => {
    copy(twoQuarters);
    const result = await runCli(['build', '--quarter', '2023Q2', '--out', 'data/demo/out', '--format', 'json'], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('is inside the data folder');
    expect(existsSync(path.join(dir, 'data/demo/out'))).toBe(false);
  });

  it('--quiet prints nothing when all is well', async () => {
    copy(twoQuarters);
    for (const argv of [['validate'], ['build', '--quarter', '2023Q2', '--format', 'json'], ['new-quarter', '--quarter', '2023Q3']]) {
      const result = await runCli([...argv, '--quiet'], dir);
      expect(result, argv.join(' ')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    }
  });

  it('gives TERM=dumb no colour', async () => {
    copy(missingWelsh);
    const coloured = await runCli(['validate'], dir, { NO_COLOR: '', TERM: 'xterm-256color' }, { isTTY: true });
    expect(coloured.stdout).toContain('\u001b[');
    const dumb = await runCli(['validate'], dir, { NO_COLOR: '', TERM: 'dumb' }, { isTTY: true });
    expect(dumb.stdout).not.toContain('\u001b[');
  });
});

describe('finding the data', () => {
  it('finds the data folder from inside it, a report or a quarter folder', async () => {
    copy(twoQuarters);
    for (const inside of ['data', 'data/demo', 'data/demo/2023Q2']) {
      const result = await runCli(['validate', '--quarter', '2023Q2'], path.join(dir, inside));
      expect(result.exitCode, inside).toBe(0);
      expect(result.stdout, inside).toMatch(/^valid with 0 errors, 1 warning in 1 report, 1 quarter/m);
    }
  });

  it('reads rag-report.yaml above the working folder; flags override it', async () => {
    copy(missingWelsh, 'reports');
    writeFileSync(path.join(dir, 'rag-report.yaml'), 'data: reports\nout: documents\nlanguages: [en]\nformats: [json]\n');
    mkdirSync(path.join(dir, 'notes'));
    const validated = await runCli(['validate'], path.join(dir, 'notes'));
    expect(validated.stdout).toBe('valid: 1 report, 1 quarter, no problems\n');
    const built = await runCli(['build', '--quarter', '2023Q2'], path.join(dir, 'notes'));
    expect(built.exitCode).toBe(0);
    expect(existsSync(path.join(dir, 'documents/demo/2023Q2/summary.json'))).toBe(true);
    const withWelsh = await runCli(['validate', '--lang', 'en,cy'], dir);
    expect(withWelsh.stdout).toContain('missing-welsh');
  });

  it('names the line of a mistake in rag-report.yaml', async () => {
    copy(twoQuarters);
    writeFileSync(path.join(dir, 'rag-report.yaml'), 'data: data\nformat: [json]\n');
    const result = await runCli(['validate'], dir);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('rag-report.yaml:2:1: unknown field "format"');
    expect(result.stderr).toContain('did you mean "formats"?');
  });
});

describe('hints', () => {
  it('says exactly how to clear stale Welsh, and doing so clears it', async () => {
    copy(staleWelsh);
    const before = await runCli(['validate'], dir);
    const hash = /set its `cy_source:` to ([0-9a-f]{8})/.exec(before.stdout)?.[1];
    expect(hash, before.stdout).toBeDefined();
    const file = path.join(dir, 'data/demo/2023Q2/s1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cy_source: 0badc0de', `cy_source: ${hash}`));
    expect((await runCli(['validate'], dir)).stdout).toBe('valid: 1 report, 1 quarter, no problems\n');
  });

  it('suggests the rating nearest a colour name: yellow is amber', async () => {
    copy(twoQuarters);
    const file = path.join(dir, 'data/demo/2023Q2/s1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rag: amber', 'rag: yellow'));
    expect((await runCli(['validate'], dir)).stdout).toContain('hint: did you mean "amber"?');
  });
});

describe('workflow', () => {
  it('history shows a quarter new-quarter has started, marked as in progress', async () => {
    copy(twoQuarters);
    expect((await runCli(['new-quarter', '--quarter', '2023Q3'], dir)).exitCode).toBe(0);
    const text = await runCli(['history'], dir);
    expect(text.exitCode).toBe(0);
    expect(text.stdout).toMatch(/2023Q3 .*in progress/);
    const json = JSON.parse((await runCli(['history', '--format', 'json'], dir)).stdout) as Record<string, { quarter: string; rated: number; inProgress?: true }[]>;
    const latest = json.demo!.at(-1)!;
    expect(latest).toMatchObject({ quarter: '2023Q3', rated: 2, inProgress: true });
    expect(json.demo![0]!.inProgress).toBeUndefined();
  });

  it('translations import that applies nothing says so and exits 1', async () => {
    copy(missingWelsh);
    expect((await runCli(['translations', 'export', '--quarter', '2023Q2', '--out', 'welsh.xlf'], dir)).exitCode).toBe(0);
    const result = await runCli(['translations', 'import', 'welsh.xlf'], dir);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('nothing imported from welsh.xlf');
    expect(readFileSync(path.join(dir, 'data/demo/2023Q2/s1.yaml'), 'utf8')).toBe(readFileSync(path.join(missingWelsh, 'demo/2023Q2/s1.yaml'), 'utf8'));
  });
});
