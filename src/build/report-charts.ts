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

export interface ReportChart {
  /** The file the Markdown refers to; written beside the .md. */
  readonly file: string;
  readonly svg: string;
  readonly alt: string;
}

/**
 * The two charts of a report in one language: this quarter beside the
 * previous one, and the trend over the last quarters of `history` (oldest
 * first, ending with the current quarter).
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
  return [
    {
      file: `${baseName}.comparison.svg`,
      svg: comparisonChartSvg(ratings, before, now, text, { idPrefix: 'rag' }),
      alt: comparisonChartAltText(ratings, before, now, text),
    },
    {
      file: `${baseName}.trend.svg`,
      svg: trendChartSvg(ratings, trend, text, { idPrefix: 'rag' }),
      alt: trendChartAltText(ratings, trend, text),
    },
  ];
}
