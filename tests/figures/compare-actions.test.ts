import { describe, expect, it } from 'vitest';
import { compareActions } from '../../src/figures/index.js';
import { fixture, loadQuarter, sections } from './fixtures.js';

describe('compareActions', () => {
  it('lists changed ratings in report order: sections as given, then actions', () => {
    const previous = sections({ s1: { a: 'green', b: 'amber' }, s2: { c: 'red', d: 'green' } });
    const current = sections({ s1: { b: 'green', a: 'amber' }, s2: { c: 'amber', d: 'green' } });
    expect(compareActions(current, previous)).toEqual({
      changes: [
        { id: 'b', section: 's1', from: 'amber', to: 'green' },
        { id: 'a', section: 's1', from: 'green', to: 'amber' },
        { id: 'c', section: 's2', from: 'red', to: 'amber' },
      ],
      added: [],
      removed: [],
    });
  });

  it('counts a move to or from n/a as a change', () => {
    const previous = sections({ s1: { a: 'n/a', b: 'green', c: 'n/a' } });
    const current = sections({ s1: { a: 'amber', b: 'n/a', c: 'n/a' } });
    expect(compareActions(current, previous).changes).toEqual([
      { id: 'a', section: 's1', from: 'n/a', to: 'amber' },
      { id: 'b', section: 's1', from: 'green', to: 'n/a' },
    ]);
  });

  it('lists added ids in current report order and removed ids in previous report order, never as changes', () => {
    const previous = sections({ s1: { a: 'green', gone: 'red' }, s2: { left: 'amber', c: 'green' } });
    const current = sections({ s1: { a: 'green', fresh: 'red' }, s2: { c: 'green', newer: 'amber' } });
    expect(compareActions(current, previous)).toEqual({ changes: [], added: ['fresh', 'newer'], removed: ['gone', 'left'] });
  });

  it('follows an action that moved section, naming its current section', () => {
    const previous = sections({ s1: { a: 'amber' }, s2: {} });
    const current = sections({ s1: {}, s2: { a: 'green' } });
    expect(compareActions(current, previous)).toEqual({
      changes: [{ id: 'a', section: 's2', from: 'amber', to: 'green' }],
      added: [],
      removed: [],
    });
  });

  it('finds nothing between identical quarters', () => {
    const quarter = sections({ s1: { a: 'green', b: 'n/a' } });
    expect(compareActions(quarter, quarter)).toEqual({ changes: [], added: [], removed: [] });
  });

  it('orders by report.yaml, not by file name, in data read from disk (2024Q4 to 2025Q1)', () => {
    const data = fixture('figures/report-order/data');
    const current = loadQuarter(data, 'order-check', '2025Q1')!;
    const previous = loadQuarter(data, 'order-check', '2024Q4')!;
    expect(current.sections.map((section) => section.id)).toEqual(['intro', '2', '10', 'annex']);
    expect(compareActions(current.sections, previous.sections)).toEqual({
      changes: [
        { id: 'a1', section: 'intro', from: 'green', to: 'amber' },
        { id: 'b1', section: '2', from: 'n/a', to: 'green' },
        { id: 'b2', section: '2', from: 'green', to: 'n/a' },
        { id: 'c1', section: '10', from: 'amber', to: 'green' },
        { id: 'd1', section: 'annex', from: 'green', to: 'red' },
      ],
      added: ['new-1', 'new-2'],
      removed: ['gone-1', 'gone-2'],
    });
  });
});
