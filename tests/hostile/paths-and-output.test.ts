import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, hashTree, listFiles, sampleCopy } from './helpers.js';

// Each case runs the whole CLI, some of them a build: allow for a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const FORMATS = ['--format', 'md,json'];

/** True when this process may create files in `folder` despite its mode (root may). */
function canWriteInto(folder: string): boolean {
  const probe = path.join(folder, '.probe');
  try {
    writeFileSync(probe, '');
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { force: true });
  }
}

describe('hostile command-line paths', () => {
  it.each([
    ['--quarter', '../x'],
    ['--quarter', '../../2023Q2'],
    ['--report', '../x'],
    ['--report', '..'],
    ['--report', '.'],
    ['--report', 'policing-protocol/../../x'],
  ])('build %s %s is a usage error that writes nothing', async (option, value) => {
    const cwd = sampleCopy();
    const before = hashTree(cwd);
    const args = option === '--quarter' ? ['build', '--quarter', value] : ['build', '--quarter', '2023Q2', '--report', value];
    const result = await runCli([...args, ...FORMATS], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(value);
    expect(hashTree(cwd)).toEqual(before);
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false);
    expect(existsSync(path.join(path.dirname(cwd), 'x'))).toBe(false);
  });

  it.each([
    ['validate', '--quarter', '../x'],
    ['validate', '--report', '../x'],
    ['compare', '--quarter', '../x'],
    ['history', '--report', '..'],
  ])('%s %s %s is a usage error', async (...args) => {
    const cwd = sampleCopy();
    const result = await runCli(args, cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
  });
});

describe('hostile output folders', () => {
  it('creates a missing output folder, however deep', async () => {
    const cwd = sampleCopy();
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS, '--out', 'a/b/c'], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(path.join(cwd, 'a/b/c'))).toEqual(['business-plan', 'policing-protocol']);
  });

  it('never writes through a link planted at a temporary file\'s name', async () => {
    const cwd = sampleCopy();
    const outside = path.join(cwd, 'outside.txt');
    writeFileSync(outside, 'keep me');
    const folder = path.join(cwd, 'dist/business-plan/2023Q2');
    mkdirSync(folder, { recursive: true });
    // The CLI runs in this process, so its temporary names carry this pid.
    symlinkSync(outside, path.join(folder, `.summary.json.${process.pid}.tmp`));
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(path.join(folder, 'summary.json'), 'utf8'))).toMatchObject({ report: 'business-plan' });
    expect(listFiles(folder).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses an output path that is a file, with exit 2 and no partial files', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, 'dist'), 'not a folder');
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/cannot write .*a file stands where a folder should be/);
    expect(readFileSync(path.join(cwd, 'dist'), 'utf8')).toBe('not a folder');
    expect(listFiles(cwd).filter((file) => !file.startsWith('data/'))).toEqual(['dist']);
  });

  it('refuses when the second report\'s folder is a file, leaving no files of the first', async () => {
    const cwd = sampleCopy();
    mkdirSync(path.join(cwd, 'dist'));
    writeFileSync(path.join(cwd, 'dist/policing-protocol'), 'not a folder');
    const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS], cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('a file stands where a folder should be');
    expect(listFiles(path.join(cwd, 'dist'))).toEqual(['policing-protocol']);
  });

  it('refuses a read-only output folder with exit 2 and no partial files', async (context) => {
    const cwd = sampleCopy();
    const out = path.join(cwd, 'dist');
    mkdirSync(out);
    chmodSync(out, 0o555);
    try {
      if (canWriteInto(out)) context.skip();
      const result = await runCli(['build', '--quarter', '2023Q2', ...FORMATS], cwd);
      expectNoStack(result);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('permission denied');
      expect(listFiles(out)).toEqual([]);
    } finally {
      chmodSync(out, 0o755);
    }
  });

  // As root the mode does not stop writes: run the compiled CLI as an unprivileged user instead.
  it('refuses a read-only output folder when run by a user who may not write there (root runs it as nobody)', async (context) => {
    const bin = fileURLToPath(new URL('../../bin/rag-report.js', import.meta.url));
    const compiled = new URL('../../build/main.js', import.meta.url);
    if (process.getuid?.() !== 0 || !existsSync(compiled)) context.skip();
    const cwd = sampleCopy();
    chmodSync(cwd, 0o755);
    const out = path.join(cwd, 'dist');
    mkdirSync(out);
    chmodSync(out, 0o555);
    const result = spawnSync(process.execPath, [bin, 'build', '--quarter', '2023Q2', ...FORMATS], {
      cwd,
      uid: 65534,
      gid: 65534,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expectNoStack({ exitCode: result.status ?? -1, stdout: result.stdout, stderr: result.stderr });
    expect(result.stderr).toContain('permission denied');
    expect(result.status).toBe(2);
    expect(listFiles(out)).toEqual([]);
  });
});
