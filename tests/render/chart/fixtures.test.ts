import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { comparisonChartSvg, trendChartSvg, type ChartRating } from '../../../src/render/chart/index.js';
import { chartText, quarter } from './chart-inputs.js';
import { assertWellFormed } from './svg-query.js';

/**
 * Each folder of tests/fixtures/chart holds input.json and the SVG it must
 * give, output.svg. `UPDATE=1 npx vitest run tests/render/chart` rewrites the
 * outputs; review the diff (and the picture) before keeping it.
 */
interface FixtureInput {
  chart: 'comparison' | 'trend';
  language: 'en' | 'cy';
  noun?: string;
  scale: ChartRating[];
  /** Oldest first; for a comparison, one (no previous quarter) or two. */
  quarters: { label: string; counts: Record<string, number>; notApplicable?: number }[];
}

const ROOT = fileURLToPath(new URL('../../fixtures/chart/', import.meta.url));

function render(input: FixtureInput): string {
  const text = chartText(input.language, input.noun);
  const quarters = input.quarters.map((entry) => quarter(entry.label, entry.counts, entry.notApplicable));
  if (input.chart === 'trend') return trendChartSvg(input.scale, quarters, text, { idPrefix: 'fixture' });
  const current = quarters[quarters.length - 1]!;
  return comparisonChartSvg(input.scale, quarters.length > 1 ? quarters[0]! : null, current, text, { idPrefix: 'fixture' });
}

describe('chart fixtures', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, () => {
      const input = JSON.parse(readFileSync(`${ROOT}${name}/input.json`, 'utf8')) as FixtureInput;
      const svg = render(input);
      assertWellFormed(svg);
      const expected = `${ROOT}${name}/output.svg`;
      if (process.env.UPDATE) writeFileSync(expected, svg);
      expect(existsSync(expected), `${expected} is missing: run with UPDATE=1 to write it`).toBe(true);
      expect(svg).toBe(readFileSync(expected, 'utf8'));
    });
  }
});
