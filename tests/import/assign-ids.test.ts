import { describe, expect, it } from 'vitest';
import { assignIds } from '../../src/import/assign-ids.js';
import { readableId } from '../../src/import/readable-id.js';

const known = [
  { id: 'annual-report', section: '17m', text: "Prepare and issue an annual report to the Panel on the PCC's delivery against the objectives set within the Plan" },
  { id: 'governance-framework', section: '17b', text: 'Development and annual review of Corporate Governance Framework' },
  { id: 'governance-framework-18', section: '18', text: 'Development and annual review of Corporate Governance Framework' },
  { id: 'value-for-money', section: '17g', text: 'Ensure the delivery of Value for Money' },
];

describe('ids of imported actions', () => {
  it('keeps the id of the same text, preferring the same section when two sections share a text', () => {
    const ids = assignIds(
      [
        { section: '18', text: 'Development and annual review of Corporate Governance Framework' },
        { section: '17b', text: 'Development and annual review of  corporate governance framework' },
      ],
      known,
    );
    expect(ids).toEqual(['governance-framework-18', 'governance-framework']);
  });

  it('keeps the id of a text reworded a little, and gives a new readable id to a new action', () => {
    const ids = assignIds(
      [
        { section: '17m', text: "Prepare and issue the annual report to the Panel on the PCC's delivery against the objectives in the Plan" },
        { section: '17g', text: 'Explore opportunities to reduce environmental impact' },
      ],
      known,
    );
    expect(ids).toEqual(['annual-report', 'explore-opportunities-reduce-environmental']);
  });

  it('uses a known id once, and never gives a new action an id the report has used', () => {
    const ids = assignIds(
      [
        { section: '17g', text: 'Ensure the delivery of Value for Money' },
        { section: '17g', text: 'Ensure the delivery of Value for Money' },
      ],
      known,
    );
    expect(ids[0]).toBe('value-for-money');
    expect(ids[1]).toBe('ensure-delivery-value-money');
    expect(readableId('Value for money', new Set(['value-money']))).toBe('value-money-2');
  });
});
