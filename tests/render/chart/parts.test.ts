import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { coordinate } from '../../../src/render/chart/parts/coordinate.js';
import { fillTemplate } from '../../../src/render/chart/parts/fill-template.js';
import { formatCount } from '../../../src/render/chart/parts/format-count.js';
import { niceScale } from '../../../src/render/chart/parts/nice-scale.js';
import { textWidth } from '../../../src/render/chart/parts/text-width.js';
import { wrapLines } from '../../../src/render/chart/parts/wrap-lines.js';
import { contrastRatio, darken, textColourOn } from '../../../src/render/chart/parts/colour.js';

describe('chart parts', () => {
  it('formats counts the same on every machine', () => {
    expect([0, 7, 999, 1000, 1234567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '1,234,567']);
    expect(() => formatCount(1.5)).toThrow('got 1.5');
  });

  it('writes coordinates with at most two decimals and no -0', () => {
    expect([1 / 3, -0.001, 10, 2.005, 183.0125].map(coordinate)).toEqual(['0.33', '0', '10', '2.01', '183.01']);
  });

  it('chooses an axis of 1, 2 or 5 steps reaching the largest count', () => {
    expect(niceScale(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceScale(35)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(niceScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(1234).max).toBe(1500);
  });

  it('fills placeholders and refuses to leave one unfilled', () => {
    expect(fillTemplate('{count} ({percent}%)', { count: '15', percent: 30 })).toBe('15 (30%)');
    expect(() => fillTemplate('{count} {noun}', { count: '1' })).toThrow('uses {noun}, which is not one of {count}');
  });

  it('wraps at spaces within a width', () => {
    expect(wrapLines('Quarter 2 2023/24', 60, 11)).toEqual(['Quarter 2', '2023/24']);
    expect(wrapLines('Amherthnasol', 10, 11)).toEqual(['Amherthnasol']);
  });

  it('picks label colours with AA contrast on any bar colour', () => {
    for (const colour of ['#FF0000', '#FFC000', '#00B050', '#0070C0', '#7F7F7F', '#000000', '#FFFFFF', '#5B9BD5']) {
      expect(contrastRatio(textColourOn(colour), colour)).toBeGreaterThanOrEqual(4.5);
    }
    expect(darken('#FFC000')).toBe('#997300');
  });

  it('measures text as the bundled Arimo sets it', () => {
    const require = createRequire(import.meta.url);
    const fontFiles = ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf'].map((file) => require.resolve(`@expo-google-fonts/arimo/${file}`));
    // The advance width of a string: "H…H" minus "HH", so side bearings cancel.
    const advance = (text: string, bold: boolean) => {
      const inkWidth = (content: string) =>
        new Resvg(
          `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="150"><text x="10" y="100" font-family="Arimo" font-size="100" font-weight="${bold ? 'bold' : 'normal'}" xml:space="preserve">${content}</text></svg>`,
          { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Arimo' } },
        ).getBBox()!.width;
      return ((inkWidth(`H${text}H`) - inkWidth('HH')) * 12) / 100;
    };
    for (const [text, bold] of [['Amherthnasol', false], ['Chwarter 2 2023/24', false], ['1,234 (96%)', false], ['Statws RAG: Ch1 2023/24 a Ch2 2023/24', true], ['Gwyrdd ŵ ŷ', true]] as const) {
      expect(textWidth(text, 12, bold)).toBeCloseTo(advance(text, bold), 0);
    }
  });
});
