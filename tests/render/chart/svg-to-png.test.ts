import { describe, expect, it } from 'vitest';
import { comparisonChartSvg, svgToPng, trendChartSvg } from '../../../src/render/chart/index.js';
import { chartText, RAG, SAMPLE } from './chart-inputs.js';

/** Width and height from the PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('svgToPng', () => {
  const svg = comparisonChartSvg(RAG.cy, SAMPLE.cy.previous, SAMPLE.cy.current, chartText('cy'));
  const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number) as [number, number, number];

  it('draws the chart at the width asked for, height in proportion', async () => {
    const png = await svgToPng(svg, 1280);
    expect([...png.slice(0, 8)]).toEqual(SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1280, height: Math.round((height * 1280) / width) });
    expect(pngSize(await svgToPng(trendChartSvg(RAG.en, [SAMPLE.en.current], chartText('en')), 640)).width).toBe(640);
  });

  it('gives the same bytes every time, also when drawing several at once', async () => {
    const [first, second] = await Promise.all([svgToPng(svg, 1280), svgToPng(svg, 1280)]);
    expect(Buffer.from(first!).equals(Buffer.from(second!))).toBe(true);
    expect(Buffer.from(await svgToPng(svg, 1280)).equals(Buffer.from(first!))).toBe(true);
  });

  it('sets text in the bundled font, with no system fonts', async () => {
    const page = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-family="NoSuchFont, sans-serif" font-size="20">${text}</text></svg>`;
    const blank = await svgToPng(page(''), 200);
    const words = await svgToPng(page('Ŵyr ŷd'), 200);
    expect(Buffer.from(words).equals(Buffer.from(blank))).toBe(false);
    // Any named family falls back to Arimo, so the font stack cannot pick up a machine's own fonts.
    expect(Buffer.from(await svgToPng(page('Ŵyr ŷd').replace('NoSuchFont', 'Arial'), 200)).equals(Buffer.from(words))).toBe(true);
  });

  it('names a bad width', async () => {
    await expect(svgToPng(svg, 0)).rejects.toThrow('widthPx 0 must be a whole number of pixels, at least 1.');
  });
});
