import { describe, expect, it } from 'vitest';
import { chartTemplatesSchema } from '../../../src/render/chart/index.js';
import { localeChartBlock } from './chart-inputs.js';

describe('the chart: block of the locale files', () => {
  it('is complete and valid in English and in Welsh, with the same keys', () => {
    const en = chartTemplatesSchema.parse(localeChartBlock('en'));
    const cy = chartTemplatesSchema.parse(localeChartBlock('cy'));
    expect(Object.keys(cy)).toEqual(Object.keys(en));
  });

  it('keeps the same placeholders in each Welsh template as in the English', () => {
    const en = localeChartBlock('en') as Record<string, string>;
    const cy = localeChartBlock('cy') as Record<string, string>;
    const names = (text: string) => [...text.matchAll(/\{([a-z_]+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(en)) expect(names(cy[key]!), key).toEqual(names(en[key]!));
  });

  it('rejects a placeholder the chart does not fill and a dropped figure, naming the key', () => {
    const block = { ...(localeChartBlock('en') as object), bar_label: '{cnt} ({percent}%)' };
    const result = chartTemplatesSchema.safeParse(block);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'bar_label: uses {cnt}, which the chart does not fill in; allowed: {count}, {percent}',
      'bar_label: must keep {count}, or the chart loses a figure',
    ]);
  });

  it('rejects a missing or unknown key', () => {
    const { axis_count: _, ...rest } = localeChartBlock('cy') as Record<string, string>;
    expect(chartTemplatesSchema.safeParse(rest).success).toBe(false);
    expect(chartTemplatesSchema.safeParse({ ...rest, axis_count: 'Nifer', extra: 'x' }).success).toBe(false);
  });
});
