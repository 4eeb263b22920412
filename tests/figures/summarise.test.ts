import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/figures/index.js';
import { fixture, loadQuarter } from './fixtures.js';

/** The summary.json beside a fixture's data; UPDATE=1 rewrites it. */
function expectSummaryFile(name: string, actual: unknown): void {
  const file = fixture(`${name}/summary.json`);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, text);
  expect(text).toBe(readFileSync(file, 'utf8'));
}

describe('summarise', () => {
  const data = fixture('figures/report-order/data');
  const current = loadQuarter(data, 'order-check', '2025Q1')!;
  const previous = loadQuarter(data, 'order-check', '2024Q4')!;

  it('gives every figure of summary.json, keys in the contract order', () => {
    const summary = summarise(current, previous);
    expect(Object.keys(summary)).toEqual(['report', 'quarter', 'previousQuarter', 'current', 'previous', 'changes', 'added', 'removed', 'attention']);
    expect(Object.keys(summary.current)).toEqual(['rated', 'notApplicable', 'counts', 'percent']);
    expect(summary).toMatchObject({
      report: 'order-check',
      quarter: '2025Q1',
      previousQuarter: '2024Q4',
      current: { rated: 12, notApplicable: 1, counts: { red: 2, amber: 5, green: 5 }, percent: { red: 17, amber: 42, green: 41 } },
      previous: { rated: 12, notApplicable: 1, counts: { red: 1, amber: 5, green: 6 }, percent: { red: 8, amber: 42, green: 50 } },
      added: ['new-1', 'new-2'],
      removed: ['gone-1', 'gone-2'],
      attention: [
        { section: 'intro', rated: 3, counts: { red: 1, amber: 2, green: 0 }, share: 1 },
        { section: '10', rated: 4, counts: { red: 0, amber: 3, green: 1 }, share: 0.75 },
        { section: 'annex', rated: 4, counts: { red: 1, amber: 0, green: 3 }, share: 0.25 },
      ],
    });
    expect(summary.changes.map((change) => change.id)).toEqual(['a1', 'b1', 'b2', 'c1', 'd1']);
    expectSummaryFile('figures/report-order', summary);
  });

  it('with no previous quarter: previousQuarter and previous null, nothing changed, added or removed', () => {
    const summary = summarise(previous, undefined);
    expect(summary).toMatchObject({
      report: 'order-check',
      quarter: '2024Q4',
      previousQuarter: null,
      previous: null,
      changes: [],
      added: [],
      removed: [],
    });
    expect(summary.current).toEqual({ rated: 12, notApplicable: 1, counts: { red: 1, amber: 5, green: 6 }, percent: { red: 8, amber: 42, green: 50 } });
  });
});
