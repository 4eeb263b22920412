import { describe, expect, it } from 'vitest';
import { comparisonChartAltText, comparisonChartSvg, trendChartAltText } from '../../../src/render/chart/index.js';
import { chartText, RAG, SAMPLE } from './chart-inputs.js';
import { leaves } from './svg-query.js';

describe('chart alt text', () => {
  it('describes the comparison in a full English sentence with every figure', () => {
    expect(comparisonChartAltText(RAG.en, SAMPLE.en.previous, SAMPLE.en.current, chartText('en'))).toBe(
      'Bar chart comparing the RAG ratings of the action areas in Q2 2023/24 with Q1 2023/24. ' +
        'In Q1 2023/24, the number of action areas rated was 50: Red 0 (0%), Amber 17 (34%), Green 33 (66%). ' +
        'In Q2 2023/24, the number of action areas rated was 50: Red 0 (0%), Amber 15 (30%), Green 35 (70%).',
    );
  });

  it('describes it in Welsh in the Welsh document', () => {
    expect(comparisonChartAltText(RAG.cy, SAMPLE.cy.previous, SAMPLE.cy.current, chartText('cy'))).toBe(
      'Siart bar yn cymharu statws RAG y meysydd gweithredu yn Ch2 2023/24 â Ch1 2023/24. ' +
        'Yn Ch1 2023/24, cyfanswm y meysydd gweithredu â statws RAG oedd 50: Coch 0 (0%), Ambr 17 (34%), Gwyrdd 33 (66%). ' +
        'Yn Ch2 2023/24, cyfanswm y meysydd gweithredu â statws RAG oedd 50: Coch 0 (0%), Ambr 15 (30%), Gwyrdd 35 (70%).',
    );
  });

  it('describes a single quarter and a trend', () => {
    const en = chartText('en');
    expect(comparisonChartAltText(RAG.en, null, SAMPLE.en.current, en)).toBe(
      'Bar chart of the RAG ratings of the action areas in Q2 2023/24. In Q2 2023/24, the number of action areas rated was 50: Red 0 (0%), Amber 15 (30%), Green 35 (70%).',
    );
    expect(trendChartAltText(RAG.en, [SAMPLE.en.previous, SAMPLE.en.current], en)).toMatch(
      /^Stacked bar chart of the share of each RAG rating over the last 2 quarters, from Q1 2023\/24 to Q2 2023\/24\. In Q1 2023\/24, .* In Q2 2023\/24, /,
    );
    expect(trendChartAltText(RAG.en, [SAMPLE.en.current], en)).toMatch(/^Stacked bar chart of the share of each RAG rating in Q2 2023\/24\. In Q2/);
  });

  it('is the SVG’s desc', () => {
    const en = chartText('en');
    const svg = comparisonChartSvg(RAG.en, SAMPLE.en.previous, SAMPLE.en.current, en);
    expect(leaves(svg).find((leaf) => leaf.name === 'desc')!.text).toBe(comparisonChartAltText(RAG.en, SAMPLE.en.previous, SAMPLE.en.current, en));
  });
});
