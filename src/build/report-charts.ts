import { tally } from '../figures/index.js';
import { scaleKeys } from '../figures/index.js';
import type { Locale } from '../locale/index.js';
import type { ReportQuarter } from '../model/index.js';
import {
  chartTemplatesSchema,
  comparisonChartAltText,
  comparisonChartSvg,
  MAX_TREND_QUARTERS,
  trendChartAltText,
  trendChartSvg,
  type ChartQuarter,
} from '../render/chart/index.js';
import { ratingView } from '../render/view/ratings.js';
import { quarterShortLabel } from '../render/view/quarter-labels.js';
import { itemNoun } from '../render/view/item-noun.js';

/** The fewest quarters a trend shows more than the comparison of two. */
const MIN_TREND_QUARTERS = 3;

export interface ReportChart {
  /** The file the Markdown refers to; written beside the .md. */
  readonly file: string;
  readonly svg: string;
  readonly alt: string;
}

/**
 * The charts of a report in one language: this quarter beside the previous
 * one, and the trend over the last quarters of `history` (oldest first,
 * ending with the current quarter) when there are three or more of them:
 * over one or two quarters the trend would only repeat the comparison.
 */
export function reportCharts(
  current: ReportQuarter,
  previous: ReportQuarter | undefined,
  history: readonly ReportQuarter[],
  locale: Locale,
  baseName: string,
): ReportChart[] {
  const definition = current.definition;
  const keys = scaleKeys(definition);
  const ratings = keys.map((key) => {
    const view = ratingView(definition, key, locale);
    return { key, label: view.label, colour: view.colour };
  });
  const chartQuarter = (quarter: ReportQuarter): ChartQuarter => ({
    label: quarterShortLabel(quarter.quarter, locale),
    tally: tally(quarter.sections.flatMap((section) => section.actions.map((action) => action.rag)), keys),
  });
  const text = {
    language: locale.strings.language_tag!,
    noun: itemNoun(definition.item_noun, locale).plural,
    templates: chartTemplatesSchema.parse(locale.chart),
  };
  const now = chartQuarter(current);
  const before = previous ? chartQuarter(previous) : null;
  const trend = history.slice(-MAX_TREND_QUARTERS).map(chartQuarter);
  const comparison = {
    file: `${baseName}.comparison.svg`,
    svg: comparisonChartSvg(ratings, before, now, text, { idPrefix: 'rag' }),
    alt: comparisonChartAltText(ratings, before, now, text),
  };
  if (trend.length < MIN_TREND_QUARTERS) return [comparison];
  return [
    comparison,
    {
      file: `${baseName}.trend.svg`,
      svg: trendChartSvg(ratings, trend, text, { idPrefix: 'rag' }),
      alt: trendChartAltText(ratings, trend, text),
    },
  ];
}
