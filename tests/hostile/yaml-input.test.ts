import { readFileSync, symlinkSync, unlinkSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, jsonProblems, readSection, sampleCopy, SECTION, sectionYaml, validateSection, writeSection } from './helpers.js';

// Each case runs the whole CLI, some of them a build: allow for a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const validate = (cwd: string) => runCli(validateSection, cwd);

/** The 1-based line on which `needle` first appears. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** Runs validate on a copy whose section file 17m.yaml holds `content`; returns the problems of that file. */
async function validateWith(content: string | Uint8Array) {
  const cwd = sampleCopy();
  writeSection(cwd, content);
  const started = performance.now();
  const result = await validate(cwd);
  const seconds = (performance.now() - started) / 1000;
  expectNoStack(result);
  const problems = jsonProblems(result);
  return { cwd, result, seconds, problems, ofSection: problems.filter((problem) => problem.file === SECTION) };
}

describe('hostile YAML in a section file', () => {
  it('stops a "billion laughs" alias bomb quickly with a yaml-syntax problem', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 10; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    const { result, seconds, ofSection } = await validateWith(`${sectionYaml()}${levels.join('\n')}\n`);
    expect(result.exitCode).toBe(1);
    expect(ofSection.map((problem) => problem.code)).toEqual(['yaml-syntax']);
    expect(seconds).toBeLessThan(5);
  });

  it.each([
    ['flow lists', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['flow maps', `${'{a: '.repeat(10_000)}x${'}'.repeat(10_000)}`],
    ['block lists', `${'- '.repeat(10_000)}x`],
    ['nested under a field', `section: 17m\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}`],
  ])('reports 10,000 levels of nested %s as a problem of the file, without crashing', async (_name, content) => {
    const { result, ofSection } = await validateWith(`${content}\n`);
    expect(result.exitCode).toBe(1);
    expect(ofSection.length).toBeGreaterThan(0);
    for (const problem of ofSection) expect(problem.line).toBeGreaterThanOrEqual(0);
  });

  it('accepts a 10 MB update in reasonable time', async () => {
    const words = 'The Annual Report was published. '.repeat(Math.ceil(10_000_000 / 33)).slice(0, 10_000_000).trim();
    const { result, seconds, ofSection } = await validateWith(sectionYaml({ update: words }));
    expect(ofSection).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(seconds).toBeLessThan(10);
  }, 30_000);

  it.each([
    ['at the top level', { top: '__proto__:\n  polluted: yes' }, '__proto__'],
    ['at the top level', { top: 'constructor:\n  polluted: yes' }, 'constructor'],
    ['in an action', { action: '    __proto__:\n      polluted: yes' }, '__proto__'],
    ['in an action', { action: '    constructor: { prototype: { polluted: yes } }' }, 'constructor'],
    ['in an action, as a flow map', { action: '    "__proto__": { "polluted": "yes" }' }, '__proto__'],
  ])('reports a %s %s key as an unknown field and pollutes nothing', async (_where, parts, key) => {
    const { result, ofSection } = await validateWith(sectionYaml(parts));
    expect(result.exitCode).toBe(1);
    expect(ofSection.map((problem) => problem.code)).toEqual(['unknown-field']);
    expect(ofSection[0]!.message).toContain(`"${key}"`);
    expect(ofSection[0]!.line).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports invalid UTF-8 as not-utf8 at its line', async () => {
    const text = Buffer.from(sectionYaml({ update: 'Done BAD.' }));
    const at = text.indexOf('BAD');
    text[at] = 0xff;
    text[at + 1] = 0xfe;
    const { result, ofSection } = await validateWith(text);
    expect(result.exitCode).toBe(1);
    expect(ofSection).toHaveLength(1);
    expect(ofSection[0]).toMatchObject({ code: 'not-utf8', line: lineOf(text.toString('latin1'), 'Done') });
  });

  it('accepts a byte-order mark and CRLF line endings, and builds with them', async () => {
    const cwd = sampleCopy();
    const original = readSection(cwd);
    writeSection(cwd, `\uFEFF${original.replace(/\n/g, '\r\n')}`);
    const checked = await validate(cwd);
    expectNoStack(checked);
    expect(jsonProblems(checked).filter((problem) => problem.file === SECTION)).toEqual([]);
    expect(checked.exitCode).toBe(0);
    const built = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'md,json'], cwd);
    expectNoStack(built);
    expect(built.exitCode).toBe(0);
    const markdown = readFileSync(path.join(cwd, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.en.md'), 'utf8');
    expect(markdown).toContain('Prepare and issue an annual report');
    expect(markdown).not.toContain('\uFEFF');
    expect(markdown).not.toContain('\r');
  });

  it('reports a tab used for indentation as yaml-syntax at its line', async () => {
    const content = sectionYaml().replace('    rag: green', '\trag: green');
    const { result, ofSection } = await validateWith(content);
    expect(result.exitCode).toBe(1);
    expect(ofSection.length).toBeGreaterThan(0);
    expect(ofSection[0]).toMatchObject({ code: 'yaml-syntax', line: lineOf(content, '\trag') });
  });

  it('reports a duplicate key as duplicate-key at its line', async () => {
    const content = sectionYaml({ action: '    rag: amber' });
    const { result, ofSection } = await validateWith(content);
    expect(result.exitCode).toBe(1);
    expect(ofSection).toHaveLength(1);
    expect(ofSection[0]).toMatchObject({ code: 'duplicate-key', line: lineOf(content, 'rag: amber') });
  });

  it('refuses a section file that is a link to a file outside data/, without reading it', async () => {
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'rag-outside-')), '17m.yaml');
    // Not YAML at all: reading it would give a yaml-syntax problem.
    writeFileSync(outside, 'secret: [unclosed\n');
    const cwd = sampleCopy();
    unlinkSync(path.join(cwd, SECTION));
    symlinkSync(outside, path.join(cwd, SECTION));
    const result = await validate(cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    const ofSection = jsonProblems(result).filter((problem) => problem.file === SECTION);
    expect(ofSection.map((problem) => problem.code)).toEqual(['outside-data']);
    expect(result.stdout).not.toContain('secret');
    expect(readFileSync(outside, 'utf8')).toBe('secret: [unclosed\n');
  });
});
