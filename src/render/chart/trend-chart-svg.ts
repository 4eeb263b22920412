import { trendChartAltText } from './chart-alt-text.js';
import { checkChartInput, ratingFigures, resolveOptions, type ChartOptions, type ChartQuarter, type ChartRating } from './chart-input.js';
import type { ChartText } from './chart-text.js';
import { trendChartTitle } from './chart-title.js';
import { chartHeading, MARGIN } from './parts/chart-heading.js';
import { AXIS, darken, GRID, textColourOn, WHITE } from './parts/colour.js';
import { fillTemplate } from './parts/fill-template.js';
import { formatCount } from './parts/format-count.js';
import { svgDocument } from './parts/svg-document.js';
import { openGroup, svgElement } from './parts/svg-element.js';
import { textWidth } from './parts/text-width.js';
import { wrapLines } from './parts/wrap-lines.js';

export const MAX_TREND_QUARTERS = 8;
const PLOT_HEIGHT = 200;
const MAX_COLUMN = 64;
const ROW = 18;
const PERCENT_TICKS = [0, 25, 50, 75, 100];

/**
 * Up to eight quarters, oldest first, as 100% stacked columns (best rating at
 * the bottom, worst on top) over a table that gives every column's count and
 * percentage per rating, row by row in the legend's order. Segments tall
 * enough carry their percentage, in black or white for contrast.
 */
export function trendChartSvg(
  ratings: readonly ChartRating[],
  quarters: readonly ChartQuarter[],
  text: ChartText,
  options: ChartOptions = {},
): string {
  if (quarters.length === 0 || quarters.length > MAX_TREND_QUARTERS) {
    throw new Error(`trendChartSvg: quarters has ${quarters.length} entries; pass from 1 to ${MAX_TREND_QUARTERS}, oldest first.`);
  }
  checkChartInput('trendChartSvg', ratings, quarters);
  const { idPrefix, width } = resolveOptions(options, 'trendChartSvg');
  const { templates } = text;
  const percent = (value: number) => fillTemplate(templates.percent, { percent: value });
  const title = trendChartTitle(quarters, text);
  const heading = chartHeading(title, ratings, width);

  const rowHeader = 18 + Math.max(...ratings.map((rating) => textWidth(rating.label, 12)));
  const tickLabels = 14 + 6 + textWidth(percent(100), 11) + 6;
  const axisX = MARGIN + Math.max(rowHeader + 10, tickLabels);
  const pitch = (width - MARGIN - axisX) / quarters.length;
  const columnWidth = Math.min(Math.round(pitch * 0.6), MAX_COLUMN);
  const centre = (index: number) => axisX + pitch * (index + 0.5);
  const plotTop = heading.bottom + 8;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const plotRight = axisX + pitch * quarters.length;

  const grid = PERCENT_TICKS.flatMap((tick) => {
    const y = plotBottom - (tick / 100) * PLOT_HEIGHT;
    return [
      svgElement('line', { x1: axisX, y1: y, x2: plotRight, y2: y, stroke: tick === 0 ? AXIS : GRID }),
      svgElement('text', { x: axisX - 6, y: y + 4, 'font-size': 11, 'text-anchor': 'end' }, percent(tick)),
    ];
  });
  const axisTitle = svgElement(
    'text',
    { x: MARGIN + 12, y: plotTop + PLOT_HEIGHT / 2, 'text-anchor': 'middle', transform: `rotate(-90 ${MARGIN + 12} ${plotTop + PLOT_HEIGHT / 2})` },
    fillTemplate(templates.axis_percent, { noun: text.noun }),
  );

  const columns = quarters.flatMap((quarter, index) => {
    const figures = ratingFigures(ratings, quarter);
    const left = centre(index) - columnWidth / 2;
    const rated = quarter.tally.rated;
    let below = 0;
    // Drawn best first, from the bottom up.
    return [...figures].reverse().flatMap(({ rating, count, percent: share }) => {
      const bottom = plotBottom - (below / Math.max(rated, 1)) * PLOT_HEIGHT;
      below += count;
      const top = plotBottom - (below / Math.max(rated, 1)) * PLOT_HEIGHT;
      if (count === 0) return [];
      const label = percent(share);
      const fits = bottom - top >= 15 && textWidth(label, 11) <= columnWidth - 4;
      return [
        openGroup({ class: 'segment', 'data-rating': rating.key, 'data-quarter': quarter.label, 'data-count': count }),
        svgElement('rect', { x: left, y: top, width: columnWidth, height: bottom - top, fill: rating.colour, stroke: WHITE }),
        ...(fits
          ? [svgElement('text', { x: centre(index), y: (top + bottom) / 2 + 4, 'font-size': 11, 'text-anchor': 'middle', fill: textColourOn(rating.colour) }, label)]
          : []),
        '</g>',
      ];
    });
  });

  const quarterLines = quarters.map((quarter) => wrapLines(quarter.label, pitch - 6, 11));
  const quarterLabels = quarterLines.flatMap((lines, index) =>
    lines.map((line, lineIndex) => svgElement('text', { x: centre(index), y: plotBottom + 16 + lineIndex * 13, 'font-size': 11, 'text-anchor': 'middle' }, line)),
  );

  const tableTop = plotBottom + 16 + Math.max(...quarterLines.map((lines) => lines.length)) * 13;
  const cells = quarters.map((quarter) =>
    ratingFigures(ratings, quarter).map(({ count, percent: share }) => fillTemplate(templates.bar_label, { count: formatCount(count), percent: share })),
  );
  const widest = Math.max(...cells.flat().map((cell) => textWidth(cell, 11)));
  const cellSize = Math.min(11, Math.floor((11 * (pitch - 6)) / widest * 10) / 10);
  const table = [
    svgElement('line', { x1: MARGIN, y1: tableTop, x2: plotRight, y2: tableTop, stroke: GRID }),
    ...ratings.flatMap((rating, row) => {
      const top = tableTop + 4 + row * ROW;
      return [
        openGroup({ class: 'table-row', 'data-rating': rating.key }),
        svgElement('rect', { x: MARGIN + 0.5, y: top + 3.5, width: 11, height: 11, fill: rating.colour, stroke: darken(rating.colour) }),
        svgElement('text', { x: MARGIN + 18, y: top + 13.5 }, rating.label),
        ...cells.map((column, index) =>
          svgElement('text', { x: centre(index), y: top + 13.5, 'font-size': cellSize, 'text-anchor': 'middle' }, column[row]!),
        ),
        '</g>',
      ];
    }),
  ];

  return svgDocument({
    width,
    height: tableTop + 4 + ratings.length * ROW + MARGIN,
    id: `${idPrefix}-trend`,
    language: text.language,
    title,
    description: trendChartAltText(ratings, quarters, text),
    body: [...heading.elements, ...grid, axisTitle, ...columns, ...quarterLabels, ...table],
  });
}
