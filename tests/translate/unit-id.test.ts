import { describe, expect, it } from 'vitest';
import { formatUnitId, parseUnitId, resolveSteps } from '../../src/translate/unit-id.js';

const data = { actions: [{ id: 'plan', update: { en: 'a' } }, { id: 'review', update: { en: 'b' } }, { update: { en: 'c' } }], 'odd key': { en: 'd' } };

describe('unit ids', () => {
  it('name actions by id, other list items by position, odd keys in JSON quotes', () => {
    expect(formatUnitId('r/2023Q2/s.yaml', ['actions', 1, 'update'], data)).toBe('r/2023Q2/s.yaml#actions[id=review].update');
    expect(formatUnitId('r/2023Q2/s.yaml', ['actions', 2, 'update'], data)).toBe('r/2023Q2/s.yaml#actions[2].update');
    expect(formatUnitId('r/report.yaml', ['odd key'], data)).toBe('r/report.yaml#["odd key"]');
  });

  it('find their place again after the actions were reordered', () => {
    const place = parseUnitId('r/2023Q2/s.yaml#actions[id=review].update');
    expect(place).toEqual({ file: 'r/2023Q2/s.yaml', kind: 'yaml', steps: [{ key: 'actions' }, { id: 'review' }, { key: 'update' }] });
    const reordered = { actions: [data.actions[1], data.actions[0]] };
    expect(resolveSteps(reordered, (place as { steps: [] }).steps)).toEqual(['actions', 0, 'update']);
    expect(resolveSteps({ actions: [] }, (place as { steps: [] }).steps)).toBeUndefined();
    expect(parseUnitId('r/report.yaml#["odd key"]')).toMatchObject({ steps: [{ key: 'odd key' }] });
    expect(parseUnitId('r/2023Q2/summary.cy.md')).toEqual({ file: 'r/2023Q2/summary.cy.md', kind: 'narrative', steps: [] });
  });

  it.each([
    '../report.yaml#title',
    'r/../../x/report.yaml#title',
    '/etc/r/report.yaml#title',
    'r\\2023Q2\\s.yaml#title',
    'r/2023Q9/s.yaml#title',
    'r/2023Q2/s.json#title',
    'r/2023Q2/summary.en.md',
    'r/report.yaml',
    'r/report.yaml#title..en',
    'r/report.yaml#.title',
  ])('reject %s', (id) => {
    expect(parseUnitId(id)).toHaveProperty('error');
  });
});
