import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// A real quarter as staff first write it: two reports, English only, no
// optional fields (the sample made English-only), with no `languages` in report.yaml.
const fixture = fileURLToPath(new URL('../fixtures/english-only/data/', import.meta.url));
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rag-english-only-'));
  cpSync(fixture, path.join(dir, 'data'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edit(file: string, from: string | RegExp, to: string): void {
  const full = path.join(dir, 'data', file);
  const text = readFileSync(full, 'utf8');
  const edited = text.replace(from, to);
  expect(edited, `edit of ${file}`).not.toBe(text);
  writeFileSync(full, edited);
}

describe('an English-only data set', () => {
  it('validates in under 40 lines, its one real error among the first 10', async () => {
    edit('policing-protocol/2023Q2/20c.yaml', 'rag: green', 'rag: gren');
    const result = await runCli(['validate'], dir);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(40);
    const errorLine = lines.findIndex((line) => /20c\.yaml:\d+:\d+ {2}error {2}unknown-rating/.test(line));
    expect(errorLine).toBeGreaterThanOrEqual(0);
    expect(errorLine).toBeLessThan(10);
    expect(lines[errorLine + 1]).toContain('did you mean "green"?');
    // Many missing Welsh texts of one folder share a line, and the hint is printed once.
    expect(lines.filter((line) => line.includes('hint: add `cy:`'))).toHaveLength(1);
    expect(result.stdout).toMatch(/policing-protocol\/2023Q2\/ {2}warning {2}missing-welsh {2}\d+ texts have no Welsh yet, in 21 files/);
    expect(lines.at(-1)).toMatch(/^invalid: 1 error, \d+ warnings .*--verbose lists each problem$/);
  });

  it('lists every problem with --verbose and in json, and only the error with --quiet', async () => {
    edit('policing-protocol/2023Q2/20c.yaml', 'rag: green', 'rag: gren');
    const json = JSON.parse((await runCli(['validate', '--format', 'json'], dir)).stdout) as { severity: string }[];
    expect(json.length).toBeGreaterThan(300);
    const verbose = await runCli(['validate', '--verbose'], dir);
    expect(verbose.stdout.split('\n').filter((line) => /^\S+ {2}(error|warning) {2}/.test(line))).toHaveLength(json.length);
    const quiet = await runCli(['validate', '--quiet'], dir);
    expect(quiet.stdout).not.toContain('warning  ');
    expect(quiet.stdout.trimEnd().split('\n')).toHaveLength(3); // the error, its hint, the verdict
  });

  it('builds summary.json, and the English documents, printing no Welsh problem', async () => {
    for (const flags of [['--format', 'json'], ['--lang', 'en', '--format', 'md']]) {
      const result = await runCli(['build', '--quarter', '2023Q2', ...flags], dir);
      expect(result.stderr).not.toMatch(/welsh/i);
      expect(result.exitCode, flags.join(' ')).toBe(0);
    }
    expect(readFileSync(path.join(dir, 'dist/business-plan/2023Q2/business-plan-2023Q2.en.md'), 'utf8')).not.toContain('DRAFT');
  });

  it('is published in English only once report.yaml says so: no Welsh is asked for', async () => {
    for (const report of ['business-plan', 'policing-protocol']) edit(`${report}/report.yaml`, /^title:/m, 'languages: [en]\ntitle:');
    const validated = await runCli(['validate'], dir);
    expect(validated.stdout).toBe('valid: 2 reports, 3 quarters, no problems\n');
    const built = await runCli(['build', '--quarter', '2023Q2', '--format', 'md'], dir);
    expect(built.exitCode).toBe(0);
    expect(built.stderr).not.toMatch(/welsh/i);
  });

  it('says, naming report.yaml, that --lang cy builds nothing of a report published in English only, from the cache too', async () => {
    edit('business-plan/report.yaml', /^title:/m, 'languages: [en]\ntitle:');
    for (const run of ['fresh', 'from the cache']) {
      const built = await runCli(['build', '--quarter', '2023Q2', '--lang', 'cy', '--format', 'md', '--draft'], dir);
      expect(built.exitCode, run).toBe(0);
      expect(built.stderr, run).toMatch(
        /^data\/business-plan\/report\.yaml:2:12 {2}warning {2}language-not-published {2}the report is published in en only \(languages: in this file\), so nothing of it is checked or built in cy$/m,
      );
      expect(built.stderr, run).not.toMatch(/policing-protocol\/report\.yaml.*language-not-published/);
    }
    expect(existsSync(path.join(dir, 'dist/business-plan/2023Q2/business-plan-2023Q2.cy.md'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.cy.md'))).toBe(true);
    const validated = await runCli(['validate', '--quarter', '2023Q2', '--lang', 'en'], dir);
    expect(validated.stdout).not.toContain('language-not-published');
  });

  it('marks as a draft only the language that misses text', async () => {
    const result = await runCli(['build', '--quarter', '2023Q2', '--format', 'md', '--draft'], dir);
    expect(result.exitCode).toBe(0);
    const built = (language: string) => readFileSync(path.join(dir, `dist/business-plan/2023Q2/business-plan-2023Q2.${language}.md`), 'utf8');
    expect(built('en')).not.toContain('DRAFT');
    expect(built('cy')).toContain('DRAFFT');
  });

  it('names an untranslated title in a Welsh draft in plain words, in the page title, heading and properties', async () => {
    const result = await runCli(['build', '--quarter', '2023Q2', '--report', 'business-plan', '--lang', 'cy', '--format', 'html,docx', '--draft', '--no-cache'], dir);
    expect(result.exitCode, result.stderr).toBe(0);
    const html = readFileSync(path.join(dir, 'dist/business-plan/2023Q2/business-plan-2023Q2.cy.html'), 'utf8');
    expect(html).toContain('<title>[heb ei gyfieithu eto] Business Plan – Chwarter 2 2023/24</title>');
    expect(html).toMatch(/<h1[^>]*>\[heb ei gyfieithu eto\] Business Plan<\/h1>/);
    const docx = unzipSync(readFileSync(path.join(dir, 'dist/business-plan/2023Q2/business-plan-2023Q2.cy.docx')));
    expect(strFromU8(docx['docProps/core.xml']!)).toContain('<dc:title>[heb ei gyfieithu eto] Business Plan – Chwarter 2 2023/24</dc:title>');
  });

  it('leaves out the problems of a report that has not the quarter asked for', async () => {
    edit('business-plan/report.yaml', /^title:/m, 'titel: x\ntitle:');
    const validated = await runCli(['validate', '--quarter', '2023Q1', '--lang', 'en'], dir);
    expect(validated.stdout).toBe('valid: 1 report, 1 quarter, no problems\n');
    const built = await runCli(['build', '--quarter', '2023Q1', '--lang', 'en', '--format', 'json'], dir);
    expect(built.exitCode).toBe(0);
    expect(built.stderr).not.toContain('business-plan');
  });
});
