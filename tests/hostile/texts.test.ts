import { closeSync, existsSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, jsonProblems, sampleCopy, SECTION, sectionYaml, validateSection, writeSection } from './helpers.js';

// Each case runs the whole CLI, some of them a build: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const SUMMARY = 'data/policing-protocol/2023Q2/summary.en.md';

/** The 1-based line on which `needle` first appears. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** A section whose English update is the block `lines`, one per line, under `en: |`. */
function sectionWithUpdate(lines: readonly string[]): string {
  return sectionYaml({ update: `|\n${lines.map((line) => `        ${line}`).join('\n')}` }).replace(/ {6}cy: \|[\s\S]*?(?=\n {4}change_reason)/, '      cy: Wedi.');
}

/**
 * Validate, then build, a copy whose section 17m.yaml holds `content`: validate
 * reports `code` at `line` of the section, and build stops at validation
 * (exit 1, the same problem, nothing written), never reaching a renderer.
 */
async function expectProblem(content: string, code: string, line?: number) {
  const cwd = sampleCopy();
  writeSection(cwd, content);
  const started = performance.now();
  const checked = await runCli(validateSection, cwd);
  const seconds = (performance.now() - started) / 1000;
  expectNoStack(checked);
  expect(checked.exitCode).toBe(1);
  const ofSection = jsonProblems(checked).filter((problem) => problem.file === SECTION);
  expect(ofSection.map((problem) => problem.code)).toContain(code);
  if (line !== undefined) expect(ofSection.find((problem) => problem.code === code)).toMatchObject({ line });
  expect(seconds).toBeLessThan(20);
  const built = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'docx,html'], cwd);
  expectNoStack(built);
  expect(built.exitCode).toBe(1);
  expect(built.stderr).toContain(code);
  expect(existsSync(path.join(cwd, 'dist'))).toBe(false);
  return ofSection;
}

describe('images in texts', () => {
  it.each([
    ['an inline image', ['Our new logo:', '', '![pic](logo.png)']],
    ['an image by reference', ['See ![the chart][c].', '', '[c]: chart.png']],
    ['an image from the web', ['![pic](https://example.org/logo.png)']],
  ])('%s is a markdown-image problem at its line', async (_name, lines) => {
    const content = sectionWithUpdate(lines);
    await expectProblem(content, 'markdown-image', lineOf(content, '![') );
  });
});

describe('control characters in texts', () => {
  it.each([
    ['a vertical tab written as a YAML escape', '"Done.\\vAll of it."'],
    ['U+0001 written as a YAML escape', '"Done.\\x01"'],
    ['an escape (U+001B) as a raw byte', 'Done. \u001b[31mred\u001b[0m'],
    ['a form feed as a raw byte', 'Done.\u000cNext page.'],
  ])('%s is a control-character problem at its line', async (_name, update) => {
    const content = sectionYaml({ update });
    await expectProblem(content, 'control-character', lineOf(content, `en: ${update}`));
  });

  it('a control character in a title, which is not Markdown, is a problem too', async () => {
    const content = sectionYaml().replace('  en: Prepare and issue an annual report\n', '  en: "Prepare\\x07 and issue"\n');
    await expectProblem(content, 'control-character', 3);
  });
});

describe('nesting past what a document can show', () => {
  it('a list nested 11 levels is a nested-too-deep problem at the line past the limit', async () => {
    const lines = Array.from({ length: 11 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`);
    const content = sectionWithUpdate(lines);
    await expectProblem(content, 'nested-too-deep', lineOf(content, '- level 10'));
  });

  it.each([
    ['blockquotes 5,000 deep', ['> '.repeat(5000) + 'deep']],
    ['lists 5,000 deep on one line', ['- '.repeat(5000) + 'deep']],
    ['lists 3,000 deep by indentation', Array.from({ length: 3000 }, (_, level) => `${'  '.repeat(level)}- x`)],
    ['emphasis 5,000 deep', [`${'*'.repeat(5000)}deep${'*'.repeat(5000)}`]],
    ['alternating emphasis 3,000 deep', [`${Array.from({ length: 3000 }, (_, i) => (i % 2 ? '*w ' : '_w ')).join('')}x${Array.from({ length: 3000 }, (_, i) => (i % 2 ? ' w_' : ' w*')).join('')}`]],
    ['links 5,000 deep', [`${'['.repeat(5000)}x${'](y)'.repeat(5000)}`]],
  ])('%s is a nested-too-deep problem, found in seconds', async (_name, lines) => {
    await expectProblem(sectionWithUpdate(lines), 'nested-too-deep');
  });

  it('a summary with quotes nested 12 deep is a problem at its line', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, SUMMARY), `Overall, good.\n\n${'> '.repeat(12)}deep\n`);
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    expect(jsonProblems(result).filter((problem) => problem.file === SUMMARY)).toEqual([expect.objectContaining({ code: 'nested-too-deep', line: 3 })]);
  });

  it('three levels of lists, quotes and emphasis are fine', async () => {
    const cwd = sampleCopy();
    writeSection(cwd, sectionWithUpdate(['- one', '  - two', '    - **three _levels_**', '', '> > > quoted']));
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(jsonProblems(result).filter((problem) => problem.file === SECTION)).toEqual([]);
  });
});

describe('links', () => {
  it.each([
    ['javascript:', '[x](javascript:alert(1))'],
    ['javascript: in capitals', '[x](JavaScript:alert(1))'],
    ['javascript: hidden by an entity', '[x](&#106;avascript:alert(1))'],
    ['javascript: split by a tab entity', '[x](java&#9;script:alert(1))'],
    ['vbscript:', '[x](vbscript:msgbox(1))'],
    ['data:text/html', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['file:', '[x](file:///etc/passwd)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['a reference definition', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ])('a %s link is an unsafe-link problem', async (_name, link) => {
    const content = sectionWithUpdate(['Read this:', '', ...link.split('\n')]);
    await expectProblem(content, 'unsafe-link');
  });

  it('http(s), mailto, relative and # links are fine, and build', async () => {
    const cwd = sampleCopy();
    writeSection(cwd, sectionWithUpdate([
      'See [the plan](https://www.dyfedpowys-pcc.org.uk/plan), [the old one](http://example.org),',
      '[the office](mailto:opcc@example.org), [the annex](annex.html), [above](#top) and <https://example.org>.',
    ]));
    const checked = await runCli(validateSection, cwd);
    expectNoStack(checked);
    expect(jsonProblems(checked).filter((problem) => problem.file === SECTION)).toEqual([]);
    const built = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'html', '--lang', 'en'], cwd);
    expect(built.exitCode).toBe(0);
  });
});

describe('sizes', () => {
  it('a 100 MB section file is a too-large problem, found without reading it', async () => {
    const cwd = sampleCopy();
    const descriptor = openSync(path.join(cwd, SECTION), 'w');
    ftruncateSync(descriptor, 100 * 1024 * 1024);
    closeSync(descriptor);
    const started = performance.now();
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    expect(jsonProblems(result).filter((problem) => problem.file === SECTION).map((problem) => problem.code)).toEqual(['too-large']);
    expect((performance.now() - started) / 1000).toBeLessThan(10);
  });

  it('an 11 MB update is a too-large problem at its line', async () => {
    const words = 'The Annual Report was published. '.repeat(Math.ceil(11_000_000 / 33));
    const content = sectionYaml({ update: words.trim() }).replace(/ {6}cy: The Annual[^\n]*/, '      cy: Wedi.');
    await expectProblem(content, 'too-large', lineOf(content, '      en: The Annual'));
  });

  it('a 320 KB text aliased 999 times (under the alias count limit) is a too-large problem', async () => {
    const text = 'x'.repeat(320 * 1024);
    const content = sectionYaml({ update: `&big ${text}` }).replace(/ {6}cy: &big x+/, '      cy: *big') +
      `extra: [${Array(998).fill('*big').join(', ')}]\n`;
    await expectProblem(content, 'too-large', 1);
  });
});
