import { describe, expect, it } from 'vitest';
import { trendChartSvg, type ChartQuarter } from '../../../src/render/chart/index.js';
import { contrastRatio } from '../../../src/render/chart/parts/colour.js';
import { chartText, quarter, RAG } from './chart-inputs.js';
import { englishOnlyWords } from './english-words.js';
import { assertWellFormed, groups, leaves, words } from './svg-query.js';

const en = chartText('en');
const cy = chartText('cy');

const EIGHT: [string, Record<string, number>][] = [
  ['3 2021/22', { red: 12, amber: 30, green: 8 }],
  ['4 2021/22', { red: 9, amber: 28, green: 13 }],
  ['1 2022/23', { red: 5, amber: 25, green: 20 }],
  ['2 2022/23', { red: 3, amber: 22, green: 25 }],
  ['3 2022/23', { red: 2, amber: 21, green: 27 }],
  ['4 2022/23', { red: 1, amber: 21, green: 28 }],
  ['1 2023/24', { red: 0, amber: 17, green: 33 }],
  ['2 2023/24', { red: 0, amber: 15, green: 35 }],
];
const eight = (prefix: 'Q' | 'Ch'): ChartQuarter[] => EIGHT.map(([label, counts]) => quarter(`${prefix}${label}`, counts));

/** Each column's segments, bottom to top, as [rating, height]. */
function columns(svg: string): Map<string, [string, number][]> {
  const result = new Map<string, [string, number][]>();
  for (const segment of groups(svg, 'segment')) {
    const rect = segment.leaves.find((leaf) => leaf.name === 'rect')!;
    const column = result.get(segment.attributes['data-quarter']!) ?? [];
    column.push([segment.attributes['data-rating']!, Number(rect.attributes.height)]);
    result.set(segment.attributes['data-quarter']!, column);
  }
  return result;
}

describe('trendChartSvg', () => {
  it('draws one quarter as one 100% column over its table of figures', () => {
    const svg = trendChartSvg(RAG.en, [quarter('Q2 2023/24', { red: 0, amber: 15, green: 35 }, 4)], en);
    assertWellFormed(svg);
    expect(leaves(svg).find((leaf) => leaf.name === 'title')!.text).toBe('RAG ratings: Q2 2023/24');
    expect(svg).toContain('aria-labelledby="rag-chart-trend-title rag-chart-trend-desc"');
    expect(columns(svg).get('Q2 2023/24')).toEqual([['green', 140], ['amber', 60]]);
    const rows = groups(svg, 'table-row').map((row) => row.leaves.filter((leaf) => leaf.name === 'text').map((leaf) => leaf.text));
    expect(rows).toEqual([['Red', '0 (0%)'], ['Amber', '15 (30%)'], ['Green', '35 (70%)']]);
  });

  it('draws eight quarters oldest first, each column’s segments in proportion and filling the axis', () => {
    const svg = trendChartSvg(RAG.en, eight('Q'), en);
    assertWellFormed(svg);
    const drawn = columns(svg);
    expect([...drawn.keys()]).toEqual(['Q3 2021/22', 'Q4 2021/22', 'Q1 2022/23', 'Q2 2022/23', 'Q3 2022/23', 'Q4 2022/23', 'Q1 2023/24', 'Q2 2023/24']);
    for (const [index, segments] of [...drawn.values()].entries()) {
      expect(segments.reduce((sum, [, height]) => sum + height, 0)).toBeCloseTo(200, 1);
      for (const [key, height] of segments) expect(height).toBeCloseTo((EIGHT[index]![1][key]! / 50) * 200, 1);
    }
    // Best at the bottom, so the worst ratings sit on top of each column.
    expect(drawn.get('Q3 2021/22')!.map(([key]) => key)).toEqual(['green', 'amber', 'red']);
    const rows = groups(svg, 'table-row');
    expect(rows.map((row) => row.leaves.filter((leaf) => leaf.name === 'text').length)).toEqual([9, 9, 9]);
    expect(rows[1]!.leaves.filter((leaf) => leaf.name === 'text').map((leaf) => leaf.text)).toEqual([
      'Amber', '30 (60%)', '28 (56%)', '25 (50%)', '22 (44%)', '21 (42%)', '21 (42%)', '17 (34%)', '15 (30%)',
    ]);
    expect(leaves(svg).find((leaf) => leaf.name === 'title')!.text).toBe('RAG ratings over time: Q3 2021/22 to Q2 2023/24');
  });

  it('writes segment percentages in black or white, whichever has the contrast', () => {
    const scale = [...RAG.en, { key: 'blue', label: 'Blue', colour: '#0070C0' }];
    const svg = trendChartSvg(scale, [quarter('Q1', { red: 10, amber: 10, green: 10, blue: 10 })], en);
    for (const segment of groups(svg, 'segment')) {
      const rect = segment.leaves.find((leaf) => leaf.name === 'rect')!;
      const label = segment.leaves.find((leaf) => leaf.name === 'text')!;
      expect(label.text).toBe('25%');
      expect(contrastRatio(label.attributes.fill!, rect.attributes.fill!)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('leaves a quarter with nothing rated empty, its table row all zeros', () => {
    const svg = trendChartSvg(RAG.en, [quarter('Q1 2023/24', { red: 0, amber: 0, green: 0 }, 3), quarter('Q2 2023/24', { red: 1, amber: 0, green: 0 })], en);
    expect(svg).not.toMatch(/NaN|Infinity|undefined|height="0"/);
    expect([...columns(svg).entries()]).toEqual([['Q2 2023/24', [['red', 200]]]]);
    const desc = leaves(svg).find((leaf) => leaf.name === 'desc')!.text;
    expect(desc).toContain('In Q1 2023/24, none of the action areas had a RAG rating.');
    expect(desc).toContain('In Q2 2023/24, the number of action areas rated was 1: Red 1 (100%), Amber 0 (0%), Green 0 (0%).');
  });

  it('speaks only Welsh in the Welsh chart', () => {
    const svg = trendChartSvg(RAG.cy, eight('Ch'), cy);
    const text = words(svg);
    for (const word of ['Coch', 'Ambr', 'Gwyrdd', 'Canran', 'Statws RAG dros amser', '15 (30%)']) expect(text).toContain(word);
    expect(text).toContain('Ch3');
    expect(text).not.toMatch(/Amber|Green|Quarter|\bRed\b|Percentage/);
    expect(englishOnlyWords(text)).toEqual([]);
  });

  it('takes from one to eight quarters', () => {
    expect(() => trendChartSvg(RAG.en, [], en)).toThrow('quarters has 0 entries; pass from 1 to 8, oldest first.');
    expect(() => trendChartSvg(RAG.en, [...eight('Q'), quarter('Q4 2023/24', { red: 1, amber: 1, green: 1 })], en)).toThrow('quarters has 9 entries');
  });
});
