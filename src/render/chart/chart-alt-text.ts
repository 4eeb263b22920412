import { ratingFigures, type ChartQuarter, type ChartRating } from './chart-input.js';
import type { ChartText } from './chart-text.js';
import { fillTemplate } from './parts/fill-template.js';
import { formatCount } from './parts/format-count.js';

/**
 * The comparison chart in words, with every figure: the SVG's `<desc>` and the
 * docx image's alt text. Previous quarter first, as the bars are drawn.
 */
export function comparisonChartAltText(
  ratings: readonly ChartRating[],
  previous: ChartQuarter | null,
  current: ChartQuarter,
  text: ChartText,
): string {
  const { templates, noun } = text;
  const opening = previous
    ? fillTemplate(templates.comparison_alt, { previous: previous.label, current: current.label, noun })
    : fillTemplate(templates.comparison_alt_one_quarter, { current: current.label, noun });
  const quarters = previous ? [previous, current] : [current];
  return [opening, ...quarters.map((quarter) => quarterSentence(ratings, quarter, text))].join(' ');
}

/** The trend chart in words, with every figure of every quarter, oldest first. */
export function trendChartAltText(ratings: readonly ChartRating[], quarters: readonly ChartQuarter[], text: ChartText): string {
  const { templates, noun } = text;
  const first = quarters[0]!;
  const last = quarters[quarters.length - 1]!;
  const opening =
    quarters.length === 1
      ? fillTemplate(templates.trend_alt_one_quarter, { quarter: first.label, noun })
      : fillTemplate(templates.trend_alt, { first: first.label, last: last.label, count: quarters.length, noun });
  return [opening, ...quarters.map((quarter) => quarterSentence(ratings, quarter, text))].join(' ');
}

function quarterSentence(ratings: readonly ChartRating[], quarter: ChartQuarter, text: ChartText): string {
  const { templates, noun } = text;
  if (quarter.tally.rated === 0) return fillTemplate(templates.alt_quarter_none_rated, { quarter: quarter.label, noun });
  const list = ratingFigures(ratings, quarter)
    .map(({ rating, count, percent }) => fillTemplate(templates.alt_rating, { label: rating.label, count: formatCount(count), percent }))
    .join(templates.alt_separator);
  return fillTemplate(templates.alt_quarter, { quarter: quarter.label, rated: formatCount(quarter.tally.rated), noun, ratings: list });
}
