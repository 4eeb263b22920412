import { svgElement, type Drawn } from './svg-element.js';
import { wrapLines } from './wrap-lines.js';

const FONT_SIZE = 16;
const LINE_HEIGHT = 20;

/** The chart's visible heading, bold, wrapped to the width of the chart. */
export function titleLines(title: string, x: number, y: number, maxWidth: number): Drawn {
  const lines = wrapLines(title, maxWidth, FONT_SIZE, true);
  return {
    elements: lines.map((line, index) =>
      svgElement('text', { x, y: y + 15 + index * LINE_HEIGHT, 'font-size': FONT_SIZE, 'font-weight': 'bold' }, line),
    ),
    height: lines.length * LINE_HEIGHT,
  };
}
