import type { ChartRating } from '../chart-input.js';
import { darken } from './colour.js';
import { openGroup, svgElement, type Drawn } from './svg-element.js';
import { textWidth } from './text-width.js';

const SWATCH = 12;
const FONT_SIZE = 12;
const ROW_HEIGHT = 20;
const ITEM_GAP = 20;

/** A swatch and the word for each rating, left to right in scale order, wrapping onto more rows when needed. */
export function legend(ratings: readonly ChartRating[], x: number, y: number, maxWidth: number): Drawn {
  const elements = [openGroup({ class: 'legend' })];
  let left = x;
  let top = y;
  for (const rating of ratings) {
    const width = SWATCH + 6 + textWidth(rating.label, FONT_SIZE);
    if (left > x && left + width > x + maxWidth) {
      left = x;
      top += ROW_HEIGHT;
    }
    elements.push(
      svgElement('rect', { x: left + 0.5, y: top + 0.5, width: SWATCH - 1, height: SWATCH - 1, fill: rating.colour, stroke: darken(rating.colour), 'data-rating': rating.key }),
      svgElement('text', { x: left + SWATCH + 6, y: top + 10.5 }, rating.label),
    );
    left += width + ITEM_GAP;
  }
  elements.push('</g>');
  return { elements, height: top - y + ROW_HEIGHT };
}
