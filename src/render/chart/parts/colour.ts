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

/** WCAG 2 relative luminance of a "#RRGGBB" colour. */
export function luminance(colour: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(colour.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export const BLACK = '#000000';

/**
 * BLACK or WHITE, whichever reads better on `background`. One of the two
 * always reaches at least 4.58:1, so a label on any bar colour meets WCAG AA.
 */
export function textColourOn(background: string): string {
  return contrastRatio(BLACK, background) >= contrastRatio(WHITE, background) ? BLACK : WHITE;
}

/**
 * `colour` mixed with black: the outline that keeps a pale bar (amber on
 * white is 1.7:1) visible against the page.
 */
export function darken(colour: string, amount = 0.4): string {
  const channels = [1, 3, 5].map((start) => Math.round(parseInt(colour.slice(start, start + 2), 16) * (1 - amount)));
  return `#${channels.map((channel) => channel.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}
