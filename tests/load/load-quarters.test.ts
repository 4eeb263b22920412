import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/load/index.js';
import { SAMPLE_DATA } from '../helpers/sample.js';

/** The sample data with policing-protocol holding ten quarters, 2021Q1 to 2023Q2. */
function longHistory(): string {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'rag-load-')), 'data');
  cpSync(SAMPLE_DATA, dataDir, { recursive: true });
  for (const quarter of ['2021Q1', '2021Q2', '2021Q3', '2021Q4', '2022Q1', '2022Q2', '2022Q3', '2022Q4']) {
    cpSync(path.join(dataDir, 'policing-protocol/2023Q1'), path.join(dataDir, 'policing-protocol', quarter), { recursive: true });
  }
  return dataDir;
}

const loadedQuarters = (options: Parameters<typeof loadData>[0]) => loadData(options).reports[0]!.quarters.map((quarter) => quarter.id);

describe('loadData of one quarter', () => {
  const dataDir = longHistory();

  it('reads every quarter when none is named', () => {
    expect(loadedQuarters({ dataDir, report: 'policing-protocol' })).toHaveLength(10);
  });

  it('reads the quarter and the one before it', () => {
    expect(loadedQuarters({ dataDir, report: 'policing-protocol', quarter: '2022Q3' })).toEqual(['2022Q2', '2022Q3']);
  });

  it('with trendQuarters, reads the latest that many up to the quarter, and no later ones', () => {
    expect(loadedQuarters({ dataDir, report: 'policing-protocol', quarter: '2023Q2', trendQuarters: 8 })).toEqual([
      '2021Q3', '2021Q4', '2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2',
    ]);
    expect(loadedQuarters({ dataDir, report: 'policing-protocol', quarter: '2021Q2', trendQuarters: 8 })).toEqual(['2021Q1', '2021Q2']);
  });
});
