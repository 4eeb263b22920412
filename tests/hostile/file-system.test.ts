import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { expectNoStack, hashTree, jsonProblems, listFiles, sampleCopy, SECTION, sectionYaml, validateSection, writeSection } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const FORMATS = ['--format', 'md,json'];
const bin = fileURLToPath(new URL('../../bin/rag-report.js', import.meta.url));
const compiled = new URL('../../build/main.js', import.meta.url);

/**
 * The real executable as a child process, killed after `seconds`: for the
 * cases that once hung (a blocking read, an endless mkdir), which would stop
 * an in-process run for good. Needs build/ (`npm test` builds first).
 */
function spawnCli(args: readonly string[], cwd: string, seconds = 20): CliResult & { timedOut: boolean } {
  if (!existsSync(compiled)) throw new Error('build/ is missing: run `npm run build` first (npm test does)');
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, encoding: 'utf8', timeout: seconds * 1000 });
  return { exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, timedOut: result.signal !== null };
}

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo ${file} failed: ${made.stderr}`);
}

describe('file-system errors are usage errors naming the path (exit 2, no stack trace)', () => {
  it('build --out with a 300-character name', async () => {
    const cwd = sampleCopy();
    const name = 'n'.repeat(300);
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS, '--out', name], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(name);
    expect(result.stderr).toContain('the name is too long');
  });

  it('build --out through a link to nothing', async () => {
    const cwd = sampleCopy();
    symlinkSync(path.join(cwd, 'nowhere'), path.join(cwd, 'dist'));
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(path.join(cwd, 'dist'));
    expect(result.stderr).toContain('a link to something that does not exist');
    expect(existsSync(path.join(cwd, 'nowhere'))).toBe(false);
  });

  it('new-quarter over a quarter folder that is a link to nothing', async () => {
    const cwd = sampleCopy();
    const quarter = path.join(cwd, 'data/policing-protocol/2023Q3');
    symlinkSync(path.join(cwd, 'gone'), quarter);
    const before = hashTree(path.join(cwd, 'data'));
    const result = await runCli(['new-quarter', '--quarter', '2023Q3', '--report', 'policing-protocol'], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(quarter);
    expect(hashTree(path.join(cwd, 'data'))).toEqual(before);
  });

  it.each([
    [['build', '--quarter', '2023Q2', '--format', 'json', '--out', '/proc/self/x']],
    [['schema', '--out', '/proc/self/x']],
    [['translations', 'export', '--quarter', '2023Q2', '--out', '/proc/self/x/welsh.xlf']],
    [['init', '/proc/self/x']],
  ])('rag-report %j ends at once instead of looping in mkdir', (args) => {
    const cwd = sampleCopy();
    const result = spawnCli(args, cwd);
    expect(result.timedOut).toBe(false);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('/proc/self/x');
  });

  it('build --out inside the data folder is refused, as translations export refuses it', async () => {
    const cwd = sampleCopy();
    const before = hashTree(path.join(cwd, 'data'));
    for (const out of ['data', 'data/dist', './data/policing-protocol']) {
      const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS, '--out', out], cwd);
      expectNoStack(result);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('inside the data folder');
    }
    expect(hashTree(path.join(cwd, 'data'))).toEqual(before);
  });

  it('build --out through a link into the data folder is refused too', async () => {
    const cwd = sampleCopy();
    symlinkSync(path.join(cwd, 'data/policing-protocol'), path.join(cwd, 'shortcut'));
    const before = hashTree(path.join(cwd, 'data'));
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS, '--out', 'shortcut/dist'], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('inside the data folder');
    expect(hashTree(path.join(cwd, 'data'))).toEqual(before);
  });
});

describe('links and special files in the data folder', () => {
  it('a section file that is a link to nothing is reported as such', async () => {
    const cwd = sampleCopy();
    unlinkSync(path.join(cwd, SECTION));
    symlinkSync(path.join(cwd, 'data/policing-protocol/2023Q2/missing.yaml'), path.join(cwd, SECTION));
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    const ofSection = jsonProblems(result).filter((problem) => problem.file === SECTION);
    expect(ofSection).toEqual([expect.objectContaining({ code: 'unreadable-file' })]);
    expect(ofSection[0]!.message).toContain('does not exist');
  });

  it('a section file that is a loop of links is reported as such', async () => {
    const cwd = sampleCopy();
    const loop = path.join(cwd, 'data/policing-protocol/2023Q2/loop.yaml');
    unlinkSync(path.join(cwd, SECTION));
    symlinkSync(loop, path.join(cwd, SECTION));
    symlinkSync(path.join(cwd, SECTION), loop);
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    const ofSection = jsonProblems(result).filter((problem) => problem.file === SECTION);
    expect(ofSection).toEqual([expect.objectContaining({ code: 'unreadable-file' })]);
    expect(ofSection[0]!.message).toContain('loop');
  });

  it('a summary that is a link to nothing is reported, not ignored', async () => {
    const cwd = sampleCopy();
    const summary = 'data/policing-protocol/2023Q2/summary.en.md';
    rmSync(path.join(cwd, summary));
    symlinkSync(path.join(cwd, 'gone.md'), path.join(cwd, summary));
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(jsonProblems(result).filter((problem) => problem.file === summary).map((problem) => problem.code)).toEqual(['unreadable-file']);
  });

  it.each([
    ['a section file', SECTION],
    ['a summary', 'data/policing-protocol/2023Q2/summary.en.md'],
    ['report.yaml', 'data/policing-protocol/report.yaml'],
  ])('a named pipe (FIFO) in place of %s is a problem, not a hang', (_name, file) => {
    const cwd = sampleCopy();
    rmSync(path.join(cwd, file));
    mkfifo(path.join(cwd, file));
    const result = spawnCli(validateSection, cwd);
    expect(result.timedOut).toBe(false);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    const problems = jsonProblems(result).filter((problem) => problem.file === file);
    expect(problems).toEqual([expect.objectContaining({ code: 'unreadable-file' })]);
    expect(problems[0]!.message).toContain('named pipe');
  });

  it('a folder named like a section file is a problem', async () => {
    const cwd = sampleCopy();
    rmSync(path.join(cwd, SECTION));
    mkdirSync(path.join(cwd, SECTION));
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(jsonProblems(result).filter((problem) => problem.file === SECTION).map((problem) => problem.code)).toEqual(['unreadable-file']);
  });
});

describe('text from the data cannot act on the terminal', () => {
  it('an escape sequence in a key is printed escaped', async () => {
    const cwd = sampleCopy();
    writeSection(cwd, sectionYaml({ action: '    "\\e[2J\\e[31mred": yes' }));
    const result = await runCli(['validate', '--report', 'policing-protocol', '--quarter', '2023Q2'], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).not.toContain('\u001b');
    expect(result.stdout).toContain('unknown field "\\u001b[2J\\u001b[31mred"');
  });

  it('an escape sequence in a rating is printed escaped', async () => {
    const cwd = sampleCopy();
    writeSection(cwd, sectionYaml().replace('rag: green', 'rag: "\\e]0;pwned\\a"'));
    const result = await runCli(['validate', '--report', 'policing-protocol', '--quarter', '2023Q2'], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/[\u0007\u001b]/);
    expect(result.stdout).toContain('unknown-rating');
  });
});

describe('nothing is written outside --out', () => {
  it('a build writes only under its --out folder', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, 'keep.txt'), 'keep');
    const before = listFiles(cwd);
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS, '--out', 'out/here'], cwd);
    expect(result.exitCode).toBe(0);
    expect(listFiles(cwd).filter((file) => !before.includes(file)).every((file) => file.startsWith('out/here/'))).toBe(true);
  });
});
