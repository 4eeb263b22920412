import { describe, expect, it } from 'vitest';
import { comparisonChartSvg, type ChartRating } from '../../../src/render/chart/index.js';
import { chartText, quarter, RAG, SAMPLE } from './chart-inputs.js';
import { assertWellFormed, groups, leaves, words } from './svg-query.js';
import { englishOnlyWords } from './english-words.js';

const en = chartText('en');
const cy = chartText('cy');
const sample = () => comparisonChartSvg(RAG.en, SAMPLE.en.previous, SAMPLE.en.current, en);

describe('comparisonChartSvg', () => {
  it('is an image named by its title and described by its desc', () => {
    const svg = sample();
    assertWellFormed(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="\d+" viewBox="0 0 640 \d+" role="img"/);
    expect(svg).toContain('aria-labelledby="rag-chart-comparison-title rag-chart-comparison-desc"');
    expect(svg).toContain('lang="en-GB"');
    const title = leaves(svg).find((leaf) => leaf.name === 'title')!;
    const desc = leaves(svg).find((leaf) => leaf.name === 'desc')!;
    expect(title).toMatchObject({ attributes: { id: 'rag-chart-comparison-title' }, text: 'RAG ratings: Q1 2023/24 and Q2 2023/24' });
    expect(desc.attributes.id).toBe('rag-chart-comparison-desc');
    expect(desc.text).toContain('Amber 15 (30%)');
    expect(desc.text).toContain('Amber 17 (34%)');
  });

  it('draws one bar per rating per quarter, its length in proportion to the count', () => {
    const bars = groups(sample(), 'bar');
    expect(bars.map((bar) => `${bar.attributes['data-rating']}/${bar.attributes['data-quarter']}/${bar.attributes['data-count']}`)).toEqual([
      'red/previous/0', 'red/current/0', 'amber/previous/17', 'amber/current/15', 'green/previous/33', 'green/current/35',
    ]);
    const perAction = bars
      .filter((bar) => bar.attributes['data-count'] !== '0')
      .map((bar) => Number(bar.leaves.find((leaf) => leaf.name === 'rect')!.attributes.width) / Number(bar.attributes['data-count']));
    for (const ratio of perAction) expect(ratio).toBeCloseTo(perAction[0]!, 1);
    // A zero draws no bar at all, only its label.
    for (const bar of bars.filter((bar) => bar.attributes['data-count'] === '0')) expect(bar.leaves.some((leaf) => leaf.name === 'rect')).toBe(false);
  });

  it('labels every bar with its count, percentage and quarter, and fills it with its rating colour', () => {
    const bars = groups(sample(), 'bar');
    const labels = bars.map((bar) => bar.leaves.filter((leaf) => leaf.name === 'text').map((leaf) => leaf.text).join(' | '));
    expect(labels).toEqual([
      'Q1 2023/24 | 0 (0%)', 'Q2 2023/24 | 0 (0%)', 'Q1 2023/24 | 17 (34%)', 'Q2 2023/24 | 15 (30%)', 'Q1 2023/24 | 33 (66%)', 'Q2 2023/24 | 35 (70%)',
    ]);
    const fills = bars.flatMap((bar) => bar.leaves.filter((leaf) => leaf.name === 'rect').map((rect) => `${bar.attributes['data-rating']} ${rect.attributes.fill}`));
    expect(fills).toEqual(['amber #FFC000', 'amber #FFC000', 'green #00B050', 'green #00B050']);
  });

  it('puts count labels past the end of the bar, on the white page', () => {
    for (const bar of groups(sample(), 'bar')) {
      const rect = bar.leaves.find((leaf) => leaf.name === 'rect');
      const label = bar.leaves.filter((leaf) => leaf.name === 'text').at(-1)!;
      const end = rect ? Number(rect.attributes.x) + Number(rect.attributes.width) : 0;
      expect(Number(label.attributes.x)).toBeGreaterThan(end);
      expect(label.attributes.fill).toBeUndefined(); // the page's near-black ink
    }
  });

  it('names each rating in words: in the legend and beside its bars', () => {
    const svg = sample();
    const legend = groups(svg, 'legend')[0]!;
    expect(legend.leaves.filter((leaf) => leaf.name === 'text').map((leaf) => leaf.text)).toEqual(['Red', 'Amber', 'Green']);
    expect(legend.leaves.filter((leaf) => leaf.name === 'rect').map((leaf) => leaf.attributes.fill)).toEqual(['#FF0000', '#FFC000', '#00B050']);
    const text = words(svg);
    for (const word of ['Red', 'Amber', 'Green', 'Q1 2023/24', 'Q2 2023/24', 'Number of action areas']) expect(text).toContain(word);
  });

  it('is byte-identical for the same input, with ids from the caller’s prefix', () => {
    expect(sample()).toBe(sample());
    const svg = comparisonChartSvg(RAG.en, SAMPLE.en.previous, SAMPLE.en.current, en, { idPrefix: 'report-2' });
    expect([...svg.matchAll(/ id="([^"]+)"/g)].map((match) => match[1])).toEqual(['report-2-comparison-title', 'report-2-comparison-desc']);
  });

  it('speaks only Welsh in the Welsh chart', () => {
    const svg = comparisonChartSvg(RAG.cy, SAMPLE.cy.previous, SAMPLE.cy.current, cy);
    assertWellFormed(svg);
    const text = words(svg);
    for (const word of ['Coch', 'Ambr', 'Gwyrdd', 'Ch1 2023/24', 'Ch2 2023/24', '15 (30%)', 'Nifer y meysydd gweithredu', 'Statws RAG']) expect(text).toContain(word);
    expect(text).not.toMatch(/Amber|Green|Quarter|\bRed\b/);
    expect(englishOnlyWords(text)).toEqual([]);
    expect(svg).toContain('xml:lang="cy-GB"');
  });

  it('draws a single quarter when there is no previous one, without repeating its label on every bar', () => {
    const svg = comparisonChartSvg(RAG.en, null, SAMPLE.en.current, en);
    const bars = groups(svg, 'bar');
    expect(bars.map((bar) => bar.attributes['data-quarter'])).toEqual(['current', 'current', 'current']);
    expect(bars.map((bar) => bar.leaves.filter((leaf) => leaf.name === 'text').map((leaf) => leaf.text))).toEqual([['0 (0%)'], ['15 (30%)'], ['35 (70%)']]);
    expect(leaves(svg).find((leaf) => leaf.name === 'title')!.text).toBe('RAG ratings: Q2 2023/24');
  });

  it('takes any scale: a fourth rating, zeros, and a quarter with nothing rated', () => {
    const scale: ChartRating[] = [...RAG.en, { key: 'blue', label: 'Blue', colour: '#0070C0' }];
    const previous = quarter('Q1 2023/24', { red: 0, amber: 0, green: 0, blue: 0 }, 5);
    const current = quarter('Q2 2023/24', { red: 0, amber: 3, green: 0, blue: 2 });
    const svg = comparisonChartSvg(scale, previous, current, en);
    assertWellFormed(svg);
    expect(svg).not.toMatch(/NaN|Infinity|undefined|width="0"|height="0"|width="-/);
    const bars = groups(svg, 'bar');
    expect(bars).toHaveLength(8);
    expect(bars.filter((bar) => bar.leaves.some((leaf) => leaf.name === 'rect')).map((bar) => bar.attributes['data-rating'])).toEqual(['amber', 'blue']);
    expect(bars.filter((bar) => bar.attributes['data-quarter'] === 'previous').map((bar) => bar.leaves.at(-1)!.text)).toEqual(['0 (0%)', '0 (0%)', '0 (0%)', '0 (0%)']);
    expect(words(svg)).toContain('Blue');
    expect(leaves(svg).find((leaf) => leaf.name === 'desc')!.text).toContain('In Q1 2023/24, none of the action areas had a RAG rating.');
  });

  it('names what is wrong with its input', () => {
    expect(() => comparisonChartSvg([...RAG.en, { key: 'blue', label: 'Blue', colour: '#0070C0' }], null, SAMPLE.en.current, en)).toThrow(
      'the tally of Q2 2023/24 has no count for "blue"; it counts "red", "amber", "green"',
    );
    expect(() => comparisonChartSvg([{ key: 'red', label: 'Red', colour: 'red' }], null, SAMPLE.en.current, en)).toThrow(
      'rating "red": the colour "red" is not of the form "#RRGGBB"',
    );
    expect(() => comparisonChartSvg(RAG.en, null, SAMPLE.en.current, en, { idPrefix: '1 chart' })).toThrow('idPrefix "1 chart"');
  });
});
