import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownTree, readYaml, run, SAMPLE, temporaryFolder, withoutEmphasis, wordFixture } from './helpers.js';

const IMPORTS = [
  { file: 'policing-protocol-2023Q1.docx', report: 'policing-protocol', quarter: '2023Q1' },
  { file: 'policing-protocol-2023Q2.docx', report: 'policing-protocol', quarter: '2023Q2' },
  { file: 'business-plan-2023Q2.docx', report: 'business-plan', quarter: '2023Q2' },
] as const;

type Case = (typeof IMPORTS)[number];

async function importInto(root: string, { file, report, quarter }: Case) {
  return run(['import', wordFixture(file), '--report', report, '--quarter', quarter], root);
}

/** The sections of a quarter in report.yaml's order, as parsed YAML. */
function quarterOf(dataDir: string, report: string, quarter: string): any[] {
  const definition = readYaml(path.join(dataDir, report, 'report.yaml'));
  return definition.sections.map((id: string) => readYaml(path.join(dataDir, report, quarter, `${id}.yaml`)));
}

function hasEmphasis(tree: unknown): boolean {
  return JSON.stringify(tree).includes('"type":"strong"') || JSON.stringify(tree).includes('"type":"emphasis"');
}

async function summaryOf(root: string, report: string, quarter: string, data = 'data') {
  const result = await run(['compare', '--quarter', quarter, '--report', report, '--format', 'json', '--data', data], root);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('import of the Word reports made from the sample data', () => {
  for (const entry of IMPORTS) {
    it(`gives back every rating, action and update of ${entry.report} ${entry.quarter}, in order`, async () => {
      const root = temporaryFolder();
      const result = await importInto(root, entry);
      expect(result.exitCode).toBe(0);
      const imported = quarterOf(path.join(root, 'data'), entry.report, entry.quarter);
      const sample = quarterOf(SAMPLE, entry.report, entry.quarter);
      expect(imported.map((section) => section.title.en)).toEqual(sample.map((section) => section.title.en));
      const lostEmphasis: string[] = [];
      const withEmphasis: string[] = [];
      sample.forEach((section, s) => {
        expect(imported[s].actions).toHaveLength(section.actions.length);
        section.actions.forEach((action: any, a: number) => {
          const mine = imported[s].actions[a];
          const where = `${section.section} ${action.id}`;
          expect(mine.rag, where).toBe(action.rag);
          expect(markdownTree(mine.action.en), where).toEqual(markdownTree(action.action.en));
          const expected = markdownTree(action.update.en);
          if (hasEmphasis(expected)) withEmphasis.push(where);
          const actual = markdownTree(mine.update.en);
          if (JSON.stringify(actual) !== JSON.stringify(expected)) {
            // The fixtures were written without bold or italic runs: only that may differ.
            expect(withoutEmphasis(actual), where).toEqual(withoutEmphasis(expected));
            lostEmphasis.push(where);
          }
          expect(mine).not.toHaveProperty('action.cy');
          expect(mine).not.toHaveProperty('update.cy');
        });
      });
      expect(lostEmphasis).toEqual(withEmphasis);
    });
  }

  for (const entry of IMPORTS) {
    it(`gives the sample's counts and percentages for ${entry.report} ${entry.quarter}, and validates`, async () => {
      const root = temporaryFolder();
      await importInto(root, entry);
      const imported = await summaryOf(root, entry.report, entry.quarter);
      const sample = await summaryOf(root, entry.report, entry.quarter, SAMPLE);
      expect(imported.current).toEqual(sample.current);
      const validate = await run(['validate'], root);
      // English only, as report.yaml's languages: [en] says: not even a warning.
      expect(validate.stdout).toMatch(/^valid: 1 report, 1 quarter, no problems/m);
      expect(validate.exitCode).toBe(0);
    });
  }

  it('writes a report.yaml with the sample\'s title, organisation, introduction, scale and section titles', async () => {
    for (const entry of [IMPORTS[0], IMPORTS[2]]) {
      const root = temporaryFolder();
      await importInto(root, entry);
      const mine = readYaml(path.join(root, 'data', entry.report, 'report.yaml'));
      const sample = readYaml(path.join(SAMPLE, entry.report, 'report.yaml'));
      expect(mine.title.en).toBe(sample.title.en);
      expect(mine.organisation.en).toBe(sample.organisation.en);
      expect(markdownTree(mine.introduction.en)).toEqual(markdownTree(sample.introduction.en));
      const scale = (definition: any) =>
        Object.entries(definition.scale).map(([key, rating]: [string, any]) => [key, rating.label.en, rating.colour.toUpperCase(), rating.meaning.en]);
      expect(scale(mine)).toEqual(scale(sample));
      expect(mine.sections).toHaveLength(sample.sections.length);
    }
  });

  it('imports the two Policing Protocol quarters one after the other with the ids and changes of the sample', async () => {
    const root = temporaryFolder();
    expect((await importInto(root, IMPORTS[0])).exitCode).toBe(0);
    const second = await importInto(root, IMPORTS[1]);
    expect(second.exitCode).toBe(0);
    const dataDir = path.join(root, 'data');
    const q1 = quarterOf(dataDir, 'policing-protocol', '2023Q1');
    const q2 = quarterOf(dataDir, 'policing-protocol', '2023Q2');
    // The second import found each action of the first by its text.
    expect(q2.map((section) => section.actions.map((action: any) => action.id))).toEqual(q1.map((section) => section.actions.map((action: any) => action.id)));
    // The imported ids are new (the sample's were chosen by hand): the same action is at the same place.
    const sampleQuarter = quarterOf(SAMPLE, 'policing-protocol', '2023Q2');
    const sampleIds = new Map<string, string>();
    q2.forEach((section, s) => section.actions.forEach((action: any, a: number) => sampleIds.set(action.id, sampleQuarter[s].actions[a].id)));
    const imported = await summaryOf(root, 'policing-protocol', '2023Q2');
    const sample = await summaryOf(root, 'policing-protocol', '2023Q2', SAMPLE);
    expect(imported.changes.map((change: any) => ({ ...change, id: sampleIds.get(change.id) }))).toEqual(sample.changes);
    expect(imported.changes).toHaveLength(6);
    expect(imported.added).toEqual([]);
    expect(imported.removed).toEqual([]);
    expect(imported.previous).toEqual(sample.previous);
    expect(imported.attention).toEqual(sample.attention);
  });

  it('warns that the Quarter 1 counts table prints percentages its rows do not give, and only there', async () => {
    const root = temporaryFolder();
    const first = await importInto(root, IMPORTS[0]);
    expect(first.exitCode).toBe(0);
    const warnings = first.stderr.split('\n').filter((line) => line.includes('import-counts-disagree'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('warning  import-counts-disagree  the document prints Amber 17 (38%); its rows give 17 (34%)');
    expect(warnings[1]).toContain('warning  import-counts-disagree  the document prints Green 33 (62%); its rows give 33 (66%)');
    expect(first.stderr).toContain('policing-protocol-2023Q1.docx');
    for (const entry of [IMPORTS[1], IMPORTS[2]]) {
      const result = await importInto(temporaryFolder(), entry);
      expect(result.stderr).toBe('');
    }
  });
});
