import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { renderNarrative } from '../../src/render/markdown/narrative.js';
import { runCli } from '../helpers/run-cli.js';
import { sampleQuarter } from '../helpers/sample.js';
import { expectNoStack, jsonProblems, sampleCopy, validateSection } from './helpers.js';

vi.setConfig({ testTimeout: 30_000 });

const SUMMARY = 'data/policing-protocol/2023Q2/summary.en.md';
const OUT = 'dist/policing-protocol/2023Q2';

describe('a summary cannot disagree with the figures', () => {
  it('front matter that shadows a figure is a front-matter-figure problem at its line, and build refuses it', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, SUMMARY), '---\nnote: fine\ncurrent: {counts: {green: 999}}\n---\nWe rated {{current.counts.green}} actions green.\n');
    const checked = await runCli(validateSection, cwd);
    expectNoStack(checked);
    expect(checked.exitCode).toBe(1);
    expect(jsonProblems(checked).filter((problem) => problem.file === SUMMARY)).toEqual([
      expect.objectContaining({ code: 'front-matter-figure', line: 3, severity: 'error' }),
    ]);
    const built = await runCli(['build', '--quarter', '2023Q2', '--format', 'md,json', '--lang', 'en'], cwd);
    expectNoStack(built);
    expect(built.exitCode).toBe(1);
    expect(built.stderr).toContain('front-matter-figure');
  });

  it('even unvalidated, the figures win over front matter in the rendered summary', () => {
    const { current, summary } = sampleQuarter('policing-protocol');
    const narrative = { path: SUMMARY, markdown: 'Green: {{current.counts.green}}.', firstLine: 4, frontMatter: { current: { counts: { green: 999 } } } };
    const rendered = renderNarrative(narrative, summary);
    expect(rendered).toEqual({ markdown: `Green: ${summary.current.counts.green}.` });
    expect(current.quarterId).toBe('2023Q2');
  });

  it('a summary agrees with summary.json when built', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, SUMMARY), 'We rated {{current.counts.green}} actions green.\n');
    const built = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'md,json', '--lang', 'en'], cwd);
    expect(built.exitCode).toBe(0);
    const figures = JSON.parse(readFileSync(path.join(cwd, OUT, 'summary.json'), 'utf8')) as { current: { counts: { green: number } } };
    const markdown = readFileSync(path.join(cwd, OUT, 'policing-protocol-2023Q2.en.md'), 'utf8');
    expect(markdown).toContain(`We rated ${figures.current.counts.green} actions green.`);
  });
});

describe('the hint for showing braces works', () => {
  it('the hint of a narrative-field problem names {{{{raw}}}}', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, SUMMARY), 'Write {{name}} in the form.\n');
    const built = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'md', '--lang', 'en'], cwd);
    expect(built.exitCode).toBe(1);
    expect(built.stderr).toContain('{{{{raw}}}}{{...}}{{{{/raw}}}}');
  });

  it('following it shows the braces as written', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, SUMMARY), 'Write {{{{raw}}}}{{name}}{{{{/raw}}}} in the form; {{current.rated}} actions are rated.\n');
    const built = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'md', '--lang', 'en'], cwd);
    expectNoStack(built);
    expect(built.exitCode).toBe(0);
    const markdown = readFileSync(path.join(cwd, OUT, 'policing-protocol-2023Q2.en.md'), 'utf8');
    expect(markdown).toMatch(/Write \{\{name\}\} in the form; \d+ actions are rated\./);
  });
});
