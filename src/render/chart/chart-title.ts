import type { ChartQuarter } from './chart-input.js';
import type { ChartText } from './chart-text.js';
import { fillTemplate } from './parts/fill-template.js';

/** The heading of the comparison chart, also its `<title>` and the docx image's title. */
export function comparisonChartTitle(previous: ChartQuarter | null, current: ChartQuarter, text: ChartText): string {
  return previous
    ? fillTemplate(text.templates.comparison_title, { previous: previous.label, current: current.label })
    : fillTemplate(text.templates.title_one_quarter, { quarter: current.label });
}

/** The heading of the trend chart, also its `<title>` and the docx image's title. */
export function trendChartTitle(quarters: readonly ChartQuarter[], text: ChartText): string {
  const first = quarters[0]!;
  const last = quarters[quarters.length - 1]!;
  return quarters.length === 1
    ? fillTemplate(text.templates.title_one_quarter, { quarter: first.label })
    : fillTemplate(text.templates.trend_title, { first: first.label, last: last.label, count: quarters.length });
}
