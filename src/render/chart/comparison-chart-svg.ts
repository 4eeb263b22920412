import { comparisonChartAltText } from './chart-alt-text.js';
import { checkChartInput, ratingFigures, resolveOptions, type ChartOptions, type ChartQuarter, type ChartRating } from './chart-input.js';
import type { ChartText } from './chart-text.js';
import { comparisonChartTitle } from './chart-title.js';
import { chartHeading, MARGIN } from './parts/chart-heading.js';
import { AXIS, darken, GRID } from './parts/colour.js';
import { fillTemplate } from './parts/fill-template.js';
import { formatCount } from './parts/format-count.js';
import { niceScale } from './parts/nice-scale.js';
import { svgDocument } from './parts/svg-document.js';
import { openGroup, svgElement } from './parts/svg-element.js';
import { textWidth } from './parts/text-width.js';

const BAR = 20;
const BAR_GAP = 4;
const GROUP_GAP = 14;
const MIN_PLOT = 160;

/**
 * This quarter beside the previous one as horizontal bars grouped by rating,
 * worst first: each bar in the rating's colour, named by the rating word and
 * the quarter on its left and labelled "15 (30%)" at its end, so colour is
 * never the only signal. Labels sit on the white page, so their contrast does
 * not depend on the scale's colours. A zero count draws no bar, only "0 (0%)".
 */
export function comparisonChartSvg(
  ratings: readonly ChartRating[],
  previous: ChartQuarter | null,
  current: ChartQuarter,
  text: ChartText,
  options: ChartOptions = {},
): string {
  const quarters = previous ? [previous, current] : [current];
  checkChartInput('comparisonChartSvg', ratings, quarters);
  const { idPrefix, width: requestedWidth } = resolveOptions(options, 'comparisonChartSvg');
  const { templates } = text;
  const bars = ratings.map((rating) =>
    quarters.map((quarter, index) => {
      const figure = ratingFigures([rating], quarter)[0]!;
      const label = fillTemplate(templates.bar_label, { count: formatCount(figure.count), percent: figure.percent });
      return { ...figure, quarter, role: index === quarters.length - 1 ? 'current' : 'previous', label };
    }),
  );

  const ratingColumn = Math.max(...ratings.map((rating) => textWidth(rating.label, 12, true)));
  // With no previous quarter the title names the quarter; labelling each bar with it again is noise.
  const quarterColumn = previous ? Math.max(...quarters.map((quarter) => textWidth(quarter.label, 12))) + 8 : 0;
  const labelRoom = Math.max(...bars.flat().map((bar) => textWidth(bar.label, 12))) + 8;
  const axisX = MARGIN + ratingColumn + 12 + quarterColumn;
  const width = Math.max(requestedWidth, Math.ceil(axisX + MIN_PLOT + labelRoom + MARGIN));
  const plotWidth = width - MARGIN - labelRoom - axisX;
  const title = comparisonChartTitle(previous, current, text);
  const heading = chartHeading(title, ratings, width);

  const scale = niceScale(Math.max(...bars.flat().map((bar) => bar.count)));
  const length = (count: number) => (count / scale.max) * plotWidth;
  const groupHeight = quarters.length * BAR + (quarters.length - 1) * BAR_GAP;
  const plotTop = heading.bottom + 6;
  const plotBottom = plotTop + ratings.length * groupHeight + (ratings.length - 1) * GROUP_GAP;

  const grid = scale.ticks.flatMap((tick) => {
    const x = axisX + length(tick);
    return [
      svgElement('line', { x1: x, y1: plotTop - 6, x2: x, y2: plotBottom + 6, stroke: tick === 0 ? AXIS : GRID }),
      svgElement('text', { x, y: plotBottom + 20, 'font-size': 11, 'text-anchor': 'middle' }, formatCount(tick)),
    ];
  });
  const groups = bars.flatMap((group, groupIndex) => {
    const top = plotTop + groupIndex * (groupHeight + GROUP_GAP);
    const rating = group[0]!.rating;
    return [
      svgElement('text', { x: MARGIN, y: top + groupHeight / 2 + 4, 'font-weight': 'bold' }, rating.label),
      ...group.flatMap((bar, index) => {
        const y = top + index * (BAR + BAR_GAP);
        const barLength = length(bar.count);
        return [
          openGroup({ class: 'bar', 'data-rating': rating.key, 'data-quarter': bar.role, 'data-count': bar.count }),
          ...(previous ? [svgElement('text', { x: axisX - 8, y: y + 14, 'text-anchor': 'end' }, bar.quarter.label)] : []),
          ...(bar.count > 0
            ? [svgElement('rect', { x: axisX, y, width: barLength, height: BAR, fill: rating.colour, stroke: darken(rating.colour) })]
            : []),
          svgElement('text', { x: axisX + barLength + 6, y: y + 14 }, bar.label),
          '</g>',
        ];
      }),
    ];
  });
  const axisTitle = svgElement(
    'text',
    { x: axisX + plotWidth / 2, y: plotBottom + 40, 'text-anchor': 'middle' },
    fillTemplate(templates.axis_count, { noun: text.noun }),
  );

  return svgDocument({
    width,
    height: plotBottom + 40 + MARGIN,
    id: `${idPrefix}-comparison`,
    language: text.language,
    title,
    description: comparisonChartAltText(ratings, previous, current, text),
    body: [...heading.elements, ...grid, ...groups, axisTitle],
  });
}
