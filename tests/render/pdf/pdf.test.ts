import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findOffice, officeInstallPaths } from '../../../src/render/pdf/find-office.js';
import { runCli } from '../../helpers/run-cli.js';

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rag-report-pdf-test-'));
  folders.push(dir);
  return dir;
}

function executable(file: string, text = '#!/bin/sh\nexit 0\n'): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  chmodSync(file, 0o755);
  return file;
}

describe('finding LibreOffice', () => {
  it('takes --office first, then RAG_REPORT_OFFICE, then the config file, then PATH', () => {
    const bin = temporaryFolder();
    const onPath = executable(path.join(bin, 'soffice'));
    const env = { PATH: bin, RAG_REPORT_OFFICE: '/from/env/soffice' };
    expect(findOffice({ option: '/from/option/soffice', config: '/from/config/soffice', env })).toEqual({ command: '/from/option/soffice', from: 'option' });
    expect(findOffice({ config: '/from/config/soffice', env })).toEqual({ command: '/from/env/soffice', from: 'environment' });
    expect(findOffice({ config: '/from/config/soffice', env: { PATH: bin } })).toEqual({ command: '/from/config/soffice', from: 'config' });
    expect(findOffice({ env: { PATH: bin } })).toEqual({ command: onPath, from: 'path' });
  });

  it('looks where the installers put it on Windows and macOS, which leave it off PATH', () => {
    expect(officeInstallPaths({ ProgramFiles: 'D:\\Apps' }, 'win32')).toEqual([
      'D:\\Apps\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    ]);
    const home = temporaryFolder();
    expect(officeInstallPaths({ HOME: home }, 'darwin')).toEqual(['/Applications/LibreOffice.app/Contents/MacOS/soffice', `${home}/Applications/LibreOffice.app/Contents/MacOS/soffice`]);
    const installed = executable(path.join(home, 'Applications/LibreOffice.app/Contents/MacOS/soffice'));
    expect(findOffice({ env: { PATH: '', HOME: home }, platform: 'darwin' })).toEqual({ command: installed, from: 'install-folder' });
    expect(findOffice({ env: { PATH: '', HOME: temporaryFolder() }, platform: 'darwin' })).toBeUndefined();
  });
});

describe('build --format pdf', () => {
  async function initialised(): Promise<string> {
    const parent = temporaryFolder();
    expect((await runCli(['init', 'reports'], parent)).exitCode).toBe(0);
    return path.join(parent, 'reports');
  }

  it('names the office program it could not run, and where that path came from, and writes nothing', async () => {
    const root = await initialised();
    const result = await runCli(['build', '--quarter', '2024Q2', '--format', 'pdf', '--lang', 'en', '--office', '/no/such/soffice'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("LibreOffice's program /no/such/soffice (from --office) does not exist");
    expect(result.stderr).toContain('hint: install LibreOffice');
    expect(existsSync(path.join(root, 'dist'))).toBe(false);
  });

  const soffice = spawnSync('soffice', ['--version']).error === undefined;
  const pdfinfo = spawnSync('pdfinfo', ['-v']).error === undefined;
  it.skipIf(!soffice || !pdfinfo)('makes a tagged PDF in the document\'s language, with the program RAG_REPORT_OFFICE names, and shows progress in a log', { timeout: 180_000 }, async () => {
    const root = await initialised();
    const calls = path.join(temporaryFolder(), 'calls.txt');
    // A wrapper that notes it was called, then runs the real LibreOffice.
    const wrapper = executable(path.join(temporaryFolder(), 'my-office'), `#!/bin/sh\necho called >> "${calls}"\nexec soffice "$@"\n`);
    const out = temporaryFolder();
    const result = await runCli(['build', '--quarter', '2024Q2', '--format', 'pdf', '--lang', 'cy', '--out', out], root, { RAG_REPORT_OFFICE: wrapper, CI: 'true' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(readFileSync(calls, 'utf8')).toBe('called\n');
    // Not a terminal, yet the conversion says what it is doing.
    expect(result.stderr).toContain('converting delivery-plan-2024Q2.cy.docx to PDF with LibreOffice…');
    expect(result.stderr).toMatch(/converted delivery-plan-2024Q2\.cy\.docx in \d+ s/);
    const pdf = path.join(out, 'delivery-plan/2024Q2/delivery-plan-2024Q2.cy.pdf');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Tagged: +yes$/m);
    expect(info).toMatch(/^Title: +Cynllun Cyflawni/m);
    expect(readFileSync(pdf).toString('latin1')).toMatch(/\/Lang\s*\(cy-GB\)/);
  });
});
