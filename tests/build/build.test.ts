import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SAMPLE_DATA } from '../helpers/sample.js';

function sampleCopy(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rag-build-'));
  cpSync(SAMPLE_DATA, path.join(folder, 'data'), { recursive: true });
  return folder;
}

const FORMATS = 'md,html,json,docx';
const build = (cwd: string, ...extra: string[]) => runCli(['build', '--quarter', '2023Q2', '--format', FORMATS, ...extra], cwd);
const outputs = (cwd: string) =>
  readdirSync(path.join(cwd, 'dist'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();

describe('rag-report build', () => {
  it('writes every document of both reports and languages, and summary.json as the contract shapes it', async () => {
    const cwd = sampleCopy();
    const result = await build(cwd);
    expect(result.stderr).toContain('built 2 reports for 2023Q2: 18 files');
    expect(result.exitCode).toBe(0);
    const folder = path.join(cwd, 'dist/policing-protocol/2023Q2');
    expect(readdirSync(folder).sort()).toEqual([
      'policing-protocol-2023Q2.cy.comparison.svg', 'policing-protocol-2023Q2.cy.docx', 'policing-protocol-2023Q2.cy.html',
      'policing-protocol-2023Q2.cy.md',
      'policing-protocol-2023Q2.en.comparison.svg', 'policing-protocol-2023Q2.en.docx', 'policing-protocol-2023Q2.en.html',
      'policing-protocol-2023Q2.en.md',
      'summary.json',
    ]);
    const summary = JSON.parse(readFileSync(path.join(folder, 'summary.json'), 'utf8'));
    expect(Object.keys(summary)).toEqual(['report', 'quarter', 'previousQuarter', 'current', 'previous', 'changes', 'added', 'removed', 'attention']);
    expect(summary.current).toEqual({ rated: 50, notApplicable: 4, counts: { red: 0, amber: 15, green: 35 }, percent: { red: 0, amber: 30, green: 70 } });
    expect(summary.previous.percent).toEqual({ red: 0, amber: 34, green: 66 });
    expect(summary.changes.map((change: { id: string }) => change.id)).toEqual([
      'environmental-impact', 'sponsorship', 'partner-collaboration', 'annual-report', 'data-protection', 'commissioned-services-performance',
    ]);
    const business = JSON.parse(readFileSync(path.join(cwd, 'dist/business-plan/2023Q2/summary.json'), 'utf8'));
    expect(business.previousQuarter).toBeNull();
    expect(business.previous).toBeNull();
    expect(business.current.percent).toEqual({ red: 6, amber: 69, green: 25 });
  });

  it('draws the trend from the latest eight quarters, and reads no older ones', async () => {
    const cwd = sampleCopy();
    const report = path.join(cwd, 'data/policing-protocol');
    for (const quarter of ['2021Q1', '2021Q2', '2021Q3', '2021Q4', '2022Q1', '2022Q2', '2022Q3', '2022Q4']) {
      cpSync(path.join(report, '2023Q1'), path.join(report, quarter), { recursive: true });
    }
    // Ten quarters in all: the two oldest are not drawn, so a mistake in one does not stop the build.
    writeFileSync(path.join(report, '2021Q1/17a.yaml'), 'section: [unclosed\n');
    const result = await runCli(['build', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'md', '--lang', 'en'], cwd);
    expect(result.stderr).not.toContain('2021Q1');
    expect(result.exitCode).toBe(0);
    const trend = readFileSync(path.join(cwd, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.en.trend.svg'), 'utf8');
    expect(trend).toContain('<title id="rag-trend-title">RAG ratings over time: Q3 2021/22 to Q2 2023/24</title>');
    expect(trend).toContain('over the last 8 quarters');
  });

  it('draws no trend over two quarters, where it would only repeat the comparison', async () => {
    const cwd = sampleCopy();
    await build(cwd, '--report', 'policing-protocol', '--lang', 'en');
    const folder = path.join(cwd, 'dist/policing-protocol/2023Q2');
    expect(readdirSync(folder).filter((name) => name.endsWith('.svg'))).toEqual(['policing-protocol-2023Q2.en.comparison.svg']);
    expect(readFileSync(path.join(folder, 'policing-protocol-2023Q2.en.md'), 'utf8')).not.toContain('trend.svg');
  });

  it('puts the charts in every document: inline SVG in HTML, an image with alt text in the language of the docx', async () => {
    const cwd = sampleCopy();
    // A third quarter, so that the trend shows more than the comparison.
    cpSync(path.join(cwd, 'data/policing-protocol/2023Q1'), path.join(cwd, 'data/policing-protocol/2022Q4'), { recursive: true });
    await build(cwd, '--report', 'policing-protocol');
    const folder = path.join(cwd, 'dist/policing-protocol/2023Q2');
    const html = readFileSync(path.join(folder, 'policing-protocol-2023Q2.cy.html'), 'utf8');
    expect(html.match(/<figure class="chart"><svg/g)).toHaveLength(2);
    expect(html).toContain('<title id="rag-comparison-title">Statws RAG: Ch1 2023/24 a Ch2 2023/24</title>');
    const docx = await JSZip.loadAsync(readFileSync(path.join(folder, 'policing-protocol-2023Q2.cy.docx')));
    expect(Object.keys(docx.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2);
    const document = await docx.file('word/document.xml')!.async('string');
    const descriptions = [...document.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
    expect(descriptions).toHaveLength(2);
    // Duplicate drawing ids are a known cause of Word's "unreadable content".
    const drawings = [...document.matchAll(/<wp:docPr id="([^"]*)" name="([^"]*)"/g)];
    expect(new Set(drawings.map((match) => match[1])).size).toBe(2);
    expect(new Set(drawings.map((match) => match[2])).size).toBe(2);
    expect(drawings.every((match) => match[2] !== '')).toBe(true);
    for (const description of descriptions) {
      expect(description).toMatch(/^Siart bar/);
      expect(description).not.toMatch(/\b(Amber|Green|Red|Quarter)\b/);
      expect(description).toContain('Ambr 15 (30%)');
    }
  });

  it('gives byte-identical files for the same input', async () => {
    const first = sampleCopy();
    const second = sampleCopy();
    await build(first);
    await build(second);
    const names = outputs(first).map((file) => path.relative(first, file));
    expect(names).toEqual(outputs(second).map((file) => path.relative(second, file)));
    for (const name of names) expect(readFileSync(path.join(second, name)).equals(readFileSync(path.join(first, name))), name).toBe(true);
  });

  it('fails a Welsh build with missing Welsh, naming every place, and builds it as a marked draft with --draft', async () => {
    const cwd = sampleCopy();
    const file = path.join(cwd, 'data/policing-protocol/2023Q2/17e.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n {6}cy: .*\n/, '\n'));
    const failed = await build(cwd, '--report', 'policing-protocol');
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/data\/policing-protocol\/2023Q2\/17e\.yaml:\d+:\d+ {2}error {2}missing-welsh/);
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false);

    expect((await build(cwd, '--report', 'policing-protocol', '--lang', 'en')).exitCode).toBe(0);
    const draft = await build(cwd, '--report', 'policing-protocol', '--draft');
    expect(draft.exitCode).toBe(0);
    const welsh = readFileSync(path.join(cwd, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.cy.md'), 'utf8');
    expect(welsh.startsWith('**DRAFFT**')).toBe(true);
    expect(welsh).toContain('*\\[heb ei gyfieithu eto]*');
  });

  it('leaves the previous documents untouched, and no stray file, when a build fails', async () => {
    const cwd = sampleCopy();
    await build(cwd);
    const before = new Map(outputs(cwd).map((file) => [file, { bytes: readFileSync(file), mtime: statSync(file).mtimeMs }]));
    writeFileSync(path.join(cwd, 'data/policing-protocol/2023Q2/summary.en.md'), 'There are {{current.counts.purple}} purple actions.\n');
    const failed = await build(cwd);
    expect(failed.exitCode).toBe(1);
    expect(failed.stderr).toMatch(/summary\.en\.md:1:\d+ {2}error {2}narrative-field/);
    expect(outputs(cwd)).toEqual([...before.keys()]);
    for (const [file, { bytes, mtime }] of before) {
      expect(readFileSync(file).equals(bytes)).toBe(true);
      expect(statSync(file).mtimeMs).toBe(mtime);
    }
  });

  it('builds a quarter in which no rating moved, and says so', async () => {
    const cwd = sampleCopy();
    const q1 = path.join(cwd, 'data/policing-protocol/2023Q1');
    const q2 = path.join(cwd, 'data/policing-protocol/2023Q2');
    for (const name of readdirSync(q2).filter((file) => file.endsWith('.yaml'))) writeFileSync(path.join(q1, name), readFileSync(path.join(q2, name)));
    const result = await build(cwd, '--report', 'policing-protocol');
    expect(result.exitCode, result.stderr).toBe(0);
    const english = readFileSync(path.join(cwd, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.en.md'), 'utf8');
    expect(english).toContain('No rating has changed since the previous quarter.');
    const welsh = readFileSync(path.join(cwd, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.cy.md'), 'utf8');
    expect(welsh).toContain('Nid oes unrhyw statws wedi newid ers y chwarter blaenorol.');
  });

  it('fills figures into the hand-written summary', async () => {
    const cwd = sampleCopy();
    writeFileSync(path.join(cwd, 'data/policing-protocol/2023Q2/summary.en.md'), '---\nnote: x\n---\n{{current.counts.green}} actions are Green, {{previous.counts.green}} last quarter.\n');
    expect((await build(cwd, '--report', 'policing-protocol', '--lang', 'en')).exitCode).toBe(0);
    const english = readFileSync(path.join(cwd, 'dist/policing-protocol/2023Q2/policing-protocol-2023Q2.en.md'), 'utf8');
    expect(english).toContain('35 actions are Green, 33 last quarter.');
  });

  it('refuses a quarter that is not a quarter, or has no data, with exit code 2', async () => {
    const cwd = sampleCopy();
    for (const quarter of ['2023Q5', '23Q2', '../x']) {
      const result = await runCli(['build', '--quarter', quarter], cwd);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(`"${quarter}" is not a quarter`);
    }
    const missing = await runCli(['build', '--quarter', '2030Q1'], cwd);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('no report has data for 2030Q1');
  });
});
