import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, REPO, run, temporaryFolder, wordFixture } from './helpers.js';

describe('the import command', () => {
  it('explains itself in --help: its argument, options and what the document must look like', async () => {
    const result = await run(['import', '--help'], REPO);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Usage: rag-report import [options] <file>');
    for (const option of ['--report <name>', '--quarter <quarter>', '--data <dir>', '--dry-run']) expect(result.stdout).toContain(option);
    expect(result.stdout).toContain('Action Required | RAG | Quarter 2 Progress Update');
    const list = await run(['--help'], REPO);
    expect(list.stdout).toMatch(/^ {2}import \[options\] <file> +read a report published in Word/m);
  });

  it('needs --report and --quarter, and a real quarter', async () => {
    const root = temporaryFolder();
    const file = wordFixture('business-plan-2023Q2.docx');
    expect((await run(['import', file, '--quarter', '2023Q2'], root)).stderr).toContain("required option '--report <name>' not specified");
    const bad = await run(['import', file, '--report', 'business-plan', '--quarter', '2023Q5'], root);
    expect(bad.stderr).toContain('"2023Q5" is not a quarter');
    expect(bad.exitCode).toBe(2);
    const escape = await run(['import', file, '--report', '../elsewhere', '--quarter', '2023Q2'], root);
    expect(escape.stderr).toContain('--report "../elsewhere" is not a report name');
    expect(listFiles(root)).toEqual([]);
  });

  it('runs from the built bin/rag-report.js as a child process', () => {
    if (!existsSync(path.join(REPO, 'build/main.js'))) throw new Error('build/ is missing: run `npm run build` first (npm test does)');
    const root = temporaryFolder();
    const { FORCE_COLOR: _, ...env } = process.env;
    const result = spawnSync(
      process.execPath,
      [path.join(REPO, 'bin/rag-report.js'), 'import', wordFixture('policing-protocol-2023Q1.docx'), '--report', 'policing-protocol', '--quarter', '2023Q1'],
      { cwd: root, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' },
    );
    expect(result.stdout).toMatch(/data\/policing-protocol\/2023Q1\/ +21 section files, 54 actions: 0 red, 17 amber, 33 green, 4 n\/a/);
    expect(result.stderr).toContain('the document prints Amber 17 (38%); its rows give 17 (34%)');
    expect(result.status).toBe(0);
    expect(listFiles(path.join(root, 'data/policing-protocol'))).toHaveLength(22);
  });
});

describe('import into a data folder it may not write to', () => {
  it('says so when a file stands where the report folder should be, and writes nothing', async () => {
    const root = temporaryFolder();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(path.join(root, 'data'));
    writeFileSync(path.join(root, 'data', 'business-plan'), 'not a folder');
    const result = await run(['import', wordFixture('business-plan-2023Q2.docx'), '--report', 'business-plan', '--quarter', '2023Q2'], root);
    expect(result.stderr).toContain('data/business-plan is a file, not a report folder');
    expect(result.exitCode).toBe(2);
    expect(listFiles(path.join(root, 'data'))).toEqual(['business-plan']);
  });

  // Root may write anywhere, so there is nothing to show when the tests run as root.
  it.skipIf(process.getuid?.() === 0)('says so, names --data, and leaves nothing behind (skipped as root)', async () => {
    const root = temporaryFolder();
    const { chmodSync, mkdirSync } = await import('node:fs');
    mkdirSync(path.join(root, 'data'));
    chmodSync(path.join(root, 'data'), 0o500);
    const result = await run(['import', wordFixture('business-plan-2023Q2.docx'), '--report', 'business-plan', '--quarter', '2023Q2'], root);
    chmodSync(path.join(root, 'data'), 0o700);
    expect(result.stderr).toMatch(/cannot write .*permission denied/);
    expect(result.stderr).toContain('--data DIR');
    expect(result.exitCode).toBe(2);
    expect(listFiles(path.join(root, 'data'))).toEqual([]);
  });
});
