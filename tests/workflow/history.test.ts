import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { HistoryJsonEntry } from '../../src/workflow/index.js';
import { copyOfData, FIXTURES, REPO, run, UPDATE } from './helpers.js';

const CASE = path.join(FIXTURES, 'history');

describe('history', () => {
  for (const format of ['text', 'json', 'csv']) {
    it(`prints every quarter of the fixture data as ${format}, as in its expected file`, async () => {
      const result = await run(['history', '--data', 'data', '--format', format], CASE);
      expect(result.stderr).toBe('');
      expect(result.exitCode).toBe(0);
      const expectedFile = path.join(CASE, `expected.${format === 'text' ? 'txt' : format}`);
      if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, result.stdout);
      expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  it('moves each quarter from the one before it in the data, counting better and worse ratings', async () => {
    const result = await run(['history', '--data', 'data', '--report', 'demo', '--format', 'json'], CASE);
    const demo = (JSON.parse(result.stdout) as Record<string, HistoryJsonEntry[]>).demo!;
    expect(demo.map((entry) => entry.quarter)).toEqual(['2023Q1', '2023Q2', '2023Q4']);
    expect(demo[0]!.change).toBeNull();
    // 2023Q1 → 2023Q2: a red → amber, c amber → green; e added.
    expect(demo[1]!.change).toMatchObject({ from: '2023Q1', improved: 2, worsened: 0, added: 1, removed: 0, counts: { red: 0, amber: 0, green: 1 } });
    // 2023Q2 → 2023Q4 (no 2023Q3): a amber → green, b amber → red, e red → n/a (neither); d removed.
    expect(demo[2]!.change).toMatchObject({ from: '2023Q2', improved: 1, worsened: 1, added: 0, removed: 1, rated: -1, notApplicable: 0 });
  });

  it('shows the sample data with the figures of compare, oldest first', async () => {
    const root = copyOfData();
    const json = await run(['history', '--format', 'json'], root);
    expect(json.exitCode).toBe(0);
    const history = JSON.parse(json.stdout) as Record<string, HistoryJsonEntry[]>;
    expect(Object.keys(history)).toEqual(['business-plan', 'policing-protocol']);
    const protocol = history['policing-protocol']!;
    expect(protocol.map(({ change: _, ...entry }) => entry)).toEqual([
      { quarter: '2023Q1', rated: 50, notApplicable: 4, counts: { red: 0, amber: 17, green: 33 }, percent: { red: 0, amber: 34, green: 66 } },
      { quarter: '2023Q2', rated: 50, notApplicable: 4, counts: { red: 0, amber: 15, green: 35 }, percent: { red: 0, amber: 30, green: 70 } },
    ]);
    expect(protocol[1]!.change).toMatchObject({ from: '2023Q1', improved: 4, worsened: 2, counts: { red: 0, amber: -2, green: 2 } });
    const compare = JSON.parse((await run(['compare', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'json'], root)).stdout);
    expect({ rated: protocol[1]!.rated, notApplicable: protocol[1]!.notApplicable, counts: protocol[1]!.counts, percent: protocol[1]!.percent }).toEqual(compare.current);

    const text = await run(['history', '--report', 'policing-protocol'], root);
    expect(text.stdout).toContain('policing-protocol: The Policing Protocol Order 2011');
    expect(text.stdout).toMatch(/2023Q1 .*\n {2}2023Q2 .*since 2023Q1: 4 better, 2 worse/);

    const csv = parseCsv((await run(['history', '--format', 'csv'], root)).stdout, { columns: true }) as Record<string, string>[];
    expect(csv.map((row) => `${row.report} ${row.quarter}`)).toEqual(['business-plan 2023Q2', 'policing-protocol 2023Q1', 'policing-protocol 2023Q2']);
    expect(csv[2]).toMatchObject({ rated: '50', not_applicable: '4', amber: '15', amber_percent: '30', amber_change: '-2', compared_with: '2023Q1' });
  });

  it('prints the errors of invalid data and exits with 1', async () => {
    const root = copyOfData();
    const file = path.join(root, 'data/business-plan/2023Q2/priority-1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rag: green', 'rag: purple'));
    const result = await run(['history'], root);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/priority-1\.yaml:\d+:\d+ {2}error {2}unknown-rating/);
    expect(result.stdout).toBe('');
  });

  it('refuses an unknown format with exit code 2', async () => {
    const result = await run(['history', '--format', 'xml', '--data', path.join(REPO, 'data')], CASE);
    expect(result.exitCode).toBe(2);
  });
});
