/** The near-black used for all text on white: 16.1:1 against white. */
export const INK = '#1F1F1F';
export const WHITE = '#FFFFFF';
/** Gridlines: light enough to recede, the axis itself is darker. */
export const GRID = '#D9D9D9';
export const AXIS = '#595959';

const HEX = /^#[0-9A-Fa-f]{6}$/;

export function checkColour(colour: string, where: string): void {
  if (!HEX.test(colour)) throw new Error(`${where}: the colour "${colour}" is not of the form "#RRGGBB", e.g. "#FFC000".`);
}

export const BLACK = '#000000';
export { contrastRatio, relativeLuminance as luminance, textColourFor as textColourOn } from '../../colour/contrast.js';

/**
 * `colour` mixed with black: the outline that keeps a pale bar (amber on
 * white is 1.7:1) visible against the page.
 */
export function darken(colour: string, amount = 0.4): string {
  const channels = [1, 3, 5].map((start) => Math.round(parseInt(colour.slice(start, start + 2), 16) * (1 - amount)));
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}
