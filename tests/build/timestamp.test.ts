import { describe, expect, it } from 'vitest';
import { documentTimestamp } from '../../src/build/timestamp.js';

describe('the date written into documents', () => {
  it('is SOURCE_DATE_EPOCH when set, for reproducible builds', () => {
    expect(documentTimestamp({ year: 2023, number: 2 }, { SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('is otherwise the day after the quarter ends, also across the financial year end', () => {
    expect(documentTimestamp({ year: 2023, number: 2 }, {}).toISOString()).toBe('2023-10-01T00:00:00.000Z');
    expect(documentTimestamp({ year: 2023, number: 4 }, {}).toISOString()).toBe('2024-04-01T00:00:00.000Z');
  });

  it('ignores a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
    expect(documentTimestamp({ year: 2023, number: 1 }, { SOURCE_DATE_EPOCH: 'yesterday' }).toISOString()).toBe('2023-07-01T00:00:00.000Z');
  });
});
