import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeSections } from '../../src/import/place-sections.js';
import { parseHeading } from '../../src/import/parse-heading.js';
import type { KnownReport } from '../../src/import/known-report.js';
import { actionTable, copyOfSample, docx, listFiles, paragraph, readYaml, run, SAMPLE, temporaryFolder, wordFixture } from './helpers.js';

function idsOf(dataDir: string, report: string, quarter: string): string[][] {
  const definition = readYaml(path.join(dataDir, report, 'report.yaml'));
  return definition.sections.map((id: string) => readYaml(path.join(dataDir, report, quarter, `${id}.yaml`)).actions.map((action: any) => action.id));
}

describe('import into a report that has quarters', () => {
  it('gives each action the id it has in the quarter before, and the sample\'s changes', async () => {
    const root = copyOfSample();
    rmSync(path.join(root, 'data/policing-protocol/2023Q2'), { recursive: true });
    const reportYaml = readYaml(path.join(root, 'data/policing-protocol/report.yaml'));
    const result = await run(['import', wordFixture('policing-protocol-2023Q2.docx'), '--report', 'policing-protocol', '--quarter', '2023Q2'], root);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('report.yaml');
    expect(result.stdout).toContain('6 ratings moved since 2023Q1: give each a change_reason (validate lists them)');
    expect(readYaml(path.join(root, 'data/policing-protocol/report.yaml'))).toEqual(reportYaml);
    expect(idsOf(path.join(root, 'data'), 'policing-protocol', '2023Q2')).toEqual(idsOf(SAMPLE, 'policing-protocol', '2023Q2'));
    const compare = async (data: string) =>
      JSON.parse((await run(['compare', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'json', '--data', data], root)).stdout);
    const imported = await compare('data');
    const sample = await compare(SAMPLE);
    expect(imported.changes).toEqual(sample.changes);
    expect(imported.current).toEqual(sample.current);
  });

  it('places headings that are titles alone by the titles of earlier quarters, keeping their refs and ids', async () => {
    const root = copyOfSample();
    // The sample's Business Plan quarter, moved back one: it is now the quarter before the import.
    renameSync(path.join(root, 'data/business-plan/2023Q2'), path.join(root, 'data/business-plan/2023Q1'));
    const result = await run(['import', wordFixture('business-plan-2023Q2.docx'), '--report', 'business-plan', '--quarter', '2023Q2'], root);
    expect(result.exitCode).toBe(0);
    expect(idsOf(path.join(root, 'data'), 'business-plan', '2023Q2')).toEqual(idsOf(SAMPLE, 'business-plan', '2023Q2'));
    const first = readYaml(path.join(root, 'data/business-plan/2023Q2/priority-1.yaml'));
    expect(first.ref).toEqual({ en: 'Priority 1' });
    expect(first.title).toEqual({ en: 'Victims are Supported' });
  });

  it('places sections by position when the document has as many as report.yaml lists', async () => {
    const root = copyOfSample();
    rmSync(path.join(root, 'data/business-plan/2023Q2'), { recursive: true });
    const result = await run(['import', wordFixture('business-plan-2023Q2.docx'), '--report', 'business-plan', '--quarter', '2023Q2'], root);
    expect(result.exitCode).toBe(0);
    expect(listFiles(path.join(root, 'data/business-plan/2023Q2'))).toEqual(
      ['priority-1', 'priority-2', 'priority-3', 'value-1', 'value-2', 'value-3', 'value-4'].map((id) => `${id}.yaml`).sort(),
    );
    expect(readYaml(path.join(root, 'data/business-plan/2023Q2/priority-2.yaml')).title.en).toBe('Harm is Prevented');
  });

  it('makes a heading it cannot place a problem, not a new section, and writes nothing', async () => {
    const root = copyOfSample();
    const before = listFiles(path.join(root, 'data'));
    const body = paragraph('Priority 9 – Something new', { style: 'Heading2' }) + actionTable([['Do a new thing', 'Green', '00B050', 'Done.']]);
    writeFileSync(path.join(root, 'new.docx'), docx(body));
    const result = await run(['import', 'new.docx', '--report', 'business-plan', '--quarter', '2023Q3'], root);
    expect(result.stderr).toContain('import-unplaced-heading  the heading "Priority 9) Something new" matches no section of report.yaml');
    expect(result.stderr).toContain('import-missing-section  report.yaml lists section priority-1, which the document does not have');
    expect(result.exitCode).toBe(1);
    expect(listFiles(path.join(root, 'data'))).toEqual(before);
  });
});

describe('placing headings among the sections of report.yaml', () => {
  const known: KnownReport = {
    sections: ['17k', '17l', '17m'],
    titles: new Map([
      ['17k', ['Publish information specified by the Secretary of State']],
      ['17l', ['Comply with all reasonable formal requests from the Panel to attend their meetings']],
      ['17m', ['Prepare and issue an annual report']],
    ]),
    refs: new Map(),
    actions: [],
  };
  const place = (headings: string[]) => placeSections(headings.map(parseHeading), known, 'report.docx');

  it('by reference, then by title, then by position', () => {
    expect(place(['17m) Prepare and issue the annual report', '17k) Publish information', '17l) Attend the Panel']).ids).toEqual(['17m', '17k', '17l']);
    // "Attend" is neither: it is the second of three headings for three sections, so 17l.
    expect(place(['Publish information specified by the Secretary of State', 'Attend', 'Prepare and issue an annual report to the Panel']).ids).toEqual(['17k', '17l', '17m']);
    expect(place(['Publish information specified by the Secretary of State', 'Attend']).ids).toEqual(['17k', undefined]);
  });

  it('lets a title that is exactly another section\'s correct a mistyped reference ("17I)" for 17l)', () => {
    const placed = place(['17k) Publish', '17I) Comply with all reasonable formal requests from the Panel to attend their meetings', '17m) Prepare']);
    expect(placed.ids).toEqual(['17k', '17l', '17m']);
    expect(placed.problems).toEqual([]);
  });

  it('reports a heading it cannot place, a section found twice, and a section missing', () => {
    const placed = place(['17k) Publish', '17k) Publish again', 'Something else', '17x) Unknown']);
    expect(placed.problems.map((problem) => problem.code)).toEqual(['import-duplicate-section', 'import-unplaced-heading', 'import-unplaced-heading', 'import-missing-section', 'import-missing-section']);
  });
});

describe('import --dry-run', () => {
  it('prints every file it would write and writes nothing', async () => {
    const root = temporaryFolder();
    const result = await run(['import', wordFixture('business-plan-2023Q2.docx'), '--report', 'business-plan', '--quarter', '2023Q2', '--dry-run'], root);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('--- data/business-plan/report.yaml\n# yaml-language-server: $schema=../.schema/report.schema.json\ntitle:\n  en: Business Plan');
    expect(result.stdout).toContain('--- data/business-plan/2023Q2/victims-supported.yaml\n');
    expect(result.stdout.match(/^--- /gm)).toHaveLength(8);
    expect(result.stdout).toContain('Dry run: nothing was written.');
    expect(listFiles(root)).toEqual([]);
  });
});
