import { describe, expect, it } from 'vitest';
import { attentionRule, scaleKeys, summarise } from '../../src/figures/index.js';
import { loadData } from '../../src/load/index.js';
import { validateData } from '../../src/validate/index.js';
import { fixture, loadQuarter, repoRoot } from './fixtures.js';

// report.yaml's scale is red, amber, green, blue ("complete"): nothing in the code names the ratings.
describe('a report with a fourth rating, blue', () => {
  const data = fixture('four-ratings/data');
  const current = loadQuarter(data, 'delivery-plan', '2023Q2')!;
  const previous = loadQuarter(data, 'delivery-plan', '2023Q1')!;
  const summary = summarise(current, previous);

  it('validates with no problem at all', () => {
    expect(validateData(loadData({ dataDir: data, cwd: repoRoot }))).toEqual([]);
  });

  it('tallies blue with the others, in scale order', () => {
    expect(scaleKeys(current.definition)).toEqual(['red', 'amber', 'green', 'blue']);
    expect(summary.current).toEqual({
      rated: 7,
      notApplicable: 1,
      counts: { red: 1, amber: 1, green: 1, blue: 4 },
      percent: { red: 15, amber: 14, green: 14, blue: 57 },
    });
    expect(summary.previous).toEqual({
      rated: 7,
      notApplicable: 1,
      counts: { red: 1, amber: 2, green: 3, blue: 1 },
      percent: { red: 14, amber: 29, green: 43, blue: 14 },
    });
  });

  it('lists the moves to and from blue as changes', () => {
    expect(summary.changes).toEqual([
      { id: 'g1', section: 'governance', from: 'green', to: 'blue' },
      { id: 'g2', section: 'governance', from: 'amber', to: 'blue' },
      { id: 'd1', section: 'delivery', from: 'amber', to: 'green' },
      { id: 'd3', section: 'delivery', from: 'green', to: 'amber' },
      { id: 'f2', section: 'finance', from: 'green', to: 'blue' },
    ]);
  });

  it('by default treats blue, the best, as no concern and every other rating as one', () => {
    expect(attentionRule(current.definition)).toEqual({ ratings: ['red', 'amber', 'green'], share: 0.5, always: ['red'] });
    expect(summary.attention).toEqual([
      { section: 'delivery', rated: 3, counts: { red: 0, amber: 1, green: 1, blue: 1 }, share: 2 / 3 },
      { section: 'finance', rated: 2, counts: { red: 1, amber: 0, green: 0, blue: 1 }, share: 0.5 },
    ]);
  });
});
