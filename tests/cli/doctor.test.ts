import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { doctorChecks } from '../../src/doctor/index.js';
import { findSettings } from '../../src/config/index.js';
import { runCli } from '../helpers/run-cli.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

function temporaryFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rag-report-doctor-'));
  folders.push(dir);
  return dir;
}

async function initialised(): Promise<string> {
  const parent = temporaryFolder();
  expect((await runCli(['init', 'reports'], parent)).exitCode).toBe(0);
  return path.join(parent, 'reports');
}

/** The line of one check: "status  name  what was found". */
function line(stdout: string, name: string): string {
  const found = stdout.split('\n').find((text) => new RegExp(`^\\w+ +${name} {2,}`).test(text));
  if (!found) throw new Error(`no "${name}" line in:\n${stdout}`);
  return found;
}

describe('rag-report doctor', () => {
  it('in a repository made by init: every check on one line, ready', { timeout: 60_000 }, async () => {
    const root = await initialised();
    const result = await runCli(['doctor'], root, { PATH: process.env.PATH ?? '' });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(line(result.stdout, 'Node.js')).toMatch(new RegExp(`^ok +Node.js +Node.js ${process.versions.node.replace(/\./g, '\\.')} \\(rag-report needs 20\\.19 or later\\)$`));
    expect(line(result.stdout, 'rag-report')).toMatch(/^ok +rag-report +\d+\.\d+\.\d+, installed in /);
    expect(line(result.stdout, 'fonts')).toContain('charts: Arimo');
    expect(line(result.stdout, 'config')).toContain('no rag-report.yaml here or above');
    expect(line(result.stdout, 'data folder')).toMatch(/^ok +data folder +data, 1 report: delivery-plan$/);
    expect(line(result.stdout, 'output folder')).toMatch(/^ok +output folder +dist does not exist yet; build will create it$/);
    const soffice = spawnSync('soffice', ['--version']).error === undefined;
    if (soffice) expect(line(result.stdout, 'LibreOffice')).toMatch(/^ok +LibreOffice +[\d.]+ at \S+soffice \(found on PATH\)$/);
    expect(result.stdout).toMatch(/\nready(, with \d warnings?)?\n$/);
    expect(readdirSync(root)).not.toContain('dist'); // looked, changed nothing
  });

  it('says what to do for each thing missing, and exits 1 when a command would fail', async () => {
    const empty = temporaryFolder();
    const result = await runCli(['doctor', '--office', path.join(empty, 'no-soffice')], empty, { PATH: '' });
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.split('\n');
    const data = lines.findIndex((text) => /^problem +data folder +data not found$/.test(text));
    expect(data).toBeGreaterThan(-1);
    expect(lines[data + 1]).toMatch(/^ +fix: run rag-report in the folder that holds data\/, give the folder with --data, or start one with `rag-report init`$/);
    const office = lines.findIndex((text) => text.startsWith('warning  LibreOffice'));
    expect(lines[office]).toContain('no-soffice (from --office) could not be run');
    expect(lines[office + 1]).toMatch(/fix: correct that path, or install LibreOffice/);
    expect(result.stdout).toContain('1 problem: rag-report will not work here until it is fixed');
  });

  it('finds the config file in a folder above, and a data folder without reports is a problem', async () => {
    const root = temporaryFolder();
    writeFileSync(path.join(root, 'rag-report.yaml'), 'data: data\n');
    mkdirSync(path.join(root, 'sub/data'), { recursive: true });
    const cwd = path.join(root, 'sub');
    const checks = await doctorChecks({ cwd, env: { PATH: '' }, data: 'data', out: 'dist', office: '/none', configFile: findSettings(cwd).configFile });
    expect(checks.find((check) => check.name === 'config')).toMatchObject({ status: 'ok', found: path.join(root, 'rag-report.yaml') });
    expect(checks.find((check) => check.name === 'data folder')).toMatchObject({ status: 'problem', found: 'data has no report (a folder holding report.yaml)' });
  });

  it('an old Node.js and an output folder that cannot be written are problems, each with a fix', async () => {
    const root = await initialised();
    mkdirSync(path.join(root, 'locked'));
    chmodSync(path.join(root, 'locked'), 0o555);
    const writable = spawnSync('sh', ['-c', `touch "${path.join(root, 'locked/x')}"`]).status === 0; // root may write anyway
    const checks = await doctorChecks({ cwd: root, env: { PATH: '' }, data: 'data', out: 'locked/dist', office: '/none', nodeVersion: '18.20.4' });
    chmodSync(path.join(root, 'locked'), 0o755);
    expect(checks.find((check) => check.name === 'Node.js')).toMatchObject({ status: 'problem', found: 'Node.js 18.20.4 (rag-report needs 20.19 or later)', fix: expect.stringContaining('nodejs.org') });
    const output = checks.find((check) => check.name === 'output folder')!;
    if (!writable) expect(output).toMatchObject({ status: 'problem', fix: expect.stringContaining('--out') });
    writeFileSync(path.join(root, 'a-file'), 'x');
    const onFile = await doctorChecks({ cwd: root, env: { PATH: '' }, data: 'data', out: 'a-file/dist', office: '/none' });
    expect(onFile.find((check) => check.name === 'output folder')).toMatchObject({ status: 'problem', found: expect.stringContaining('a-file is a file') });
  });
});

describe('rag-report.yaml office', () => {
  it('is the LibreOffice that doctor checks, relative to the config file, after $RAG_REPORT_OFFICE', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'rag-doctor-office-'));
    try {
      writeFileSync(path.join(root, 'rag-report.yaml'), 'office: tools/soffice\n');
      mkdirSync(path.join(root, 'data'));
      const fromConfig = await runCli(['doctor'], root, { PATH: '' });
      expect(fromConfig.stdout).toContain(`${path.join(root, 'tools/soffice')} (from the config file) could not be run`);
      const fromEnvironment = await runCli(['doctor'], root, { PATH: '', RAG_REPORT_OFFICE: '/elsewhere/soffice' });
      expect(fromEnvironment.stdout).toContain('/elsewhere/soffice (from RAG_REPORT_OFFICE) could not be run');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
