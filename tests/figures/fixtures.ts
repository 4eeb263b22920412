import { fileURLToPath } from 'node:url';
import { loadData } from '../../src/load/index.js';
import { reportQuarter, type RatedAction, type ReportQuarter, type ReportSection } from '../../src/model/index.js';
import type { ReportFile } from '../../src/schema/index.js';
import { validateData } from '../../src/validate/index.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const sampleData = fileURLToPath(new URL('../../data', import.meta.url));
export const fixture = (relative: string): string => fileURLToPath(new URL(`../fixtures/${relative}`, import.meta.url));

/** A quarter of a report read from a data folder; the data must have no errors, as reportQuarter requires. */
export function loadQuarter(dataDir: string, report: string, quarter: string): ReportQuarter | undefined {
  const data = loadData({ dataDir, cwd: repoRoot, report });
  const errors = validateData(data).filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`the test data has errors: ${JSON.stringify(errors, null, 2)}`);
  return reportQuarter(data.reports[0]!, quarter);
}

/** Sections from a compact spec: `{ s1: { a: 'green', b: 'n/a' } }`, in the spec's order. */
export function sections(spec: Record<string, Record<string, string>>): ReportSection[] {
  return Object.entries(spec).map(([id, actions]) => ({
    id,
    title: { en: `Section ${id}` },
    actions: Object.entries(actions).map(
      ([actionId, rag]): RatedAction => ({ id: actionId, section: id, rag, action: { en: `Action ${actionId}` }, update: { en: 'Update.' } }),
    ),
  }));
}

/** A report.yaml with just what the figures read: the scale's keys in order and the attention rule. */
export function definition(keys: readonly string[], attention?: ReportFile['attention']): ReportFile {
  const text = { en: 'x', cy: 'x' };
  return {
    title: text,
    organisation: text,
    item_noun: text,
    introduction: text,
    scale: Object.fromEntries(keys.map((key) => [key, { label: { en: key }, colour: '#000000', meaning: text }])),
    attention,
    sections: ['s1'],
  };
}
