import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/figures/index.js';
import { loadQuarter, sampleData } from './fixtures.js';

// The figures the Police and Crime Panel saw for Quarter 2 2023/24, pinned.
describe('the sample data, 2023Q2', () => {
  it('policing-protocol: 0/15/35 of 50 rated, 4 n/a; 2023Q1 17/33; six changes in report order', () => {
    const current = loadQuarter(sampleData, 'policing-protocol', '2023Q2')!;
    const previous = loadQuarter(sampleData, 'policing-protocol', '2023Q1')!;
    const summary = summarise(current, previous);
    expect(summary.previousQuarter).toBe('2023Q1');
    expect(summary.current).toEqual({
      rated: 50,
      notApplicable: 4,
      counts: { red: 0, amber: 15, green: 35 },
      percent: { red: 0, amber: 30, green: 70 },
    });
    expect(summary.previous).toEqual({
      rated: 50,
      notApplicable: 4,
      counts: { red: 0, amber: 17, green: 33 },
      percent: { red: 0, amber: 34, green: 66 },
    });
    expect(summary.changes).toEqual([
      { id: 'environmental-impact', section: '17g', from: 'amber', to: 'green' },
      { id: 'sponsorship', section: '17g', from: 'amber', to: 'green' },
      { id: 'partner-collaboration', section: '17h', from: 'amber', to: 'green' },
      { id: 'annual-report', section: '17m', from: 'amber', to: 'green' },
      { id: 'data-protection', section: '19', from: 'green', to: 'amber' },
      { id: 'commissioned-services-performance', section: '20e', from: 'green', to: 'amber' },
    ]);
    expect(summary.added).toEqual([]);
    expect(summary.removed).toEqual([]);
  });

  it('business-plan: 3/35/13 gives 6/69/25, with no previous quarter', () => {
    const current = loadQuarter(sampleData, 'business-plan', '2023Q2')!;
    const previous = loadQuarter(sampleData, 'business-plan', '2023Q1');
    expect(previous).toBeUndefined();
    const summary = summarise(current, previous);
    expect(summary).toMatchObject({
      previousQuarter: null,
      previous: null,
      changes: [],
      added: [],
      removed: [],
      current: { rated: 51, notApplicable: 0, counts: { red: 3, amber: 35, green: 13 }, percent: { red: 6, amber: 69, green: 25 } },
    });
  });
});
