import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { copyOfData } from '../helpers/temporary-folder.js';

const STOCK = path.resolve(import.meta.dirname, '../../templates/report.md.hbs');

/** A copy of the sample whose business plan uses its own copy of the template, edited by `edit`. */
function withOwnTemplate(edit: (template: string) => string): { cwd: string; template: string } {
  const cwd = copyOfData();
  const report = path.join(cwd, 'data/business-plan');
  const template = path.join(report, 'report.md.hbs');
  writeFileSync(template, edit(readFileSync(STOCK, 'utf8')));
  writeFileSync(path.join(report, 'report.yaml'), `template: report.md.hbs\n${readFileSync(path.join(report, 'report.yaml'), 'utf8')}`);
  return { cwd, template };
}

const build = (cwd: string, ...extra: string[]) => runCli(['build', '--quarter', '2023Q2', '--report', 'business-plan', '--lang', 'en', '--format', 'md,html,docx', ...extra], cwd);
const document = (cwd: string, ending: string) => path.join(cwd, `dist/business-plan/2023Q2/business-plan-2023Q2.en.${ending}`);
const docxText = (file: string) => strFromU8(unzipSync(readFileSync(file))['word/document.xml']!);

describe("a report's own template (report.yaml `template`)", () => {
  it('lays out every document: a line the team added stands in the Markdown, the HTML and the docx', async () => {
    const { cwd } = withOwnTemplate((template) => template.replace('## {{{t.introduction}}}', 'Prepared for the Police and Crime Panel.\n\n## {{{t.introduction}}}'));
    const result = await build(cwd);
    expect(result.stderr).toContain('built 1 report');
    expect(result.exitCode).toBe(0);
    expect(readFileSync(document(cwd, 'md'), 'utf8')).toContain('Prepared for the Police and Crime Panel.\n\n## Introduction');
    expect(readFileSync(document(cwd, 'html'), 'utf8')).toContain('<p>Prepared for the Police and Crime Panel.</p>');
    expect(docxText(document(cwd, 'docx'))).toContain('Prepared for the Police and Crime Panel.');
  });

  it('is followed when it changes, even with the build cache', async () => {
    const { cwd, template } = withOwnTemplate((text) => text);
    expect((await build(cwd)).exitCode).toBe(0);
    const before = readFileSync(document(cwd, 'md'), 'utf8');
    writeFileSync(template, readFileSync(template, 'utf8').replace('## {{{t.introduction}}}', 'Edited since.\n\n## {{{t.introduction}}}'));
    expect((await build(cwd)).exitCode).toBe(0);
    expect(before).not.toContain('Edited since.');
    expect(readFileSync(document(cwd, 'md'), 'utf8')).toContain('Edited since.');
  });

  it('unchanged, gives the same documents as the tool\'s own', async () => {
    const { cwd } = withOwnTemplate((text) => text);
    const stock = copyOfData();
    expect((await build(cwd)).exitCode).toBe(0);
    expect((await build(stock)).exitCode).toBe(0);
    for (const ending of ['md', 'html', 'docx']) expect(readFileSync(document(cwd, ending)).equals(readFileSync(document(stock, ending))), ending).toBe(true);
  });

  it('refers to a field the report lacks: a problem at the template\'s line, and nothing is written', async () => {
    const { cwd } = withOwnTemplate((template) => template.replace('**{{{subtitle}}}**', '**{{{subtitel}}}**'));
    const line = readFileSync(path.join(cwd, 'data/business-plan/report.md.hbs'), 'utf8').split('\n').findIndex((text) => text.includes('subtitel')) + 1;
    const result = await build(cwd);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`data/business-plan/report\\.md\\.hbs:${line}:\\d+ +error +bad-template`));
    expect(result.stderr).toContain('"subtitel" is not a field of the report view');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes a directive rag-report does not know: a problem naming it', async () => {
    const { cwd } = withOwnTemplate((template) => template.replace('\n::contents\n', '\n::chart{kind=pie}\n'));
    const result = await build(cwd);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/report\.md\.hbs +error +bad-template/);
    expect(result.stderr).toContain('::chart is not a directive rag-report knows');
  });

  it('has broken {{ }}: validate names the template\'s line', async () => {
    const { cwd } = withOwnTemplate((template) => template.replace('{{#if logo}}', '{{#if logo}'));
    const line = readFileSync(path.join(cwd, 'data/business-plan/report.md.hbs'), 'utf8').split('\n').findIndex((text) => text.includes('{{#if logo}')) + 1;
    const result = await runCli(['validate', '--quarter', '2023Q2'], cwd);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`data/business-plan/report\\.md\\.hbs:${line}:1 +error +bad-template`));
  });

  it('outside the data folder: validate says so at report.yaml\'s line', async () => {
    const { cwd } = withOwnTemplate((text) => text);
    copyFileSync(STOCK, path.join(cwd, 'elsewhere.md.hbs'));
    const file = path.join(cwd, 'data/business-plan/report.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('template: report.md.hbs', 'template: ../../elsewhere.md.hbs'));
    const result = await runCli(['validate', '--quarter', '2023Q2'], cwd);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/data\/business-plan\/report\.yaml:1:\d+ +error +bad-template/);
    expect(result.stdout).toContain('is outside the data folder');
  });
});
