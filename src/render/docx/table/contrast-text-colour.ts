/**
 * Black or white, whichever contrasts more with the background (WCAG 2
 * relative luminance), so a RAG label is readable on any colour a report's
 * scale chooses. Returns hex without '#', as docx wants it, or undefined for
 * a colour that is not #RGB or #RRGGBB.
 */
export function contrastTextColour(background: string): '000000' | 'FFFFFF' | undefined {
  const rgb = parseHexColour(background);
  if (!rgb) return undefined;
  const [r, g, b] = rgb.map(linearChannel) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const withBlack = (luminance + 0.05) / 0.05;
  const withWhite = 1.05 / (luminance + 0.05);
  return withBlack >= withWhite ? '000000' : 'FFFFFF';
}

/** '#FFC000' or '#fc0' as 'FFC000'; undefined when it is neither. */
export function hexFill(colour: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return digits.toUpperCase();
}

function parseHexColour(colour: string): number[] | undefined {
  const fill = hexFill(colour);
  return fill ? [0, 2, 4].map((start) => parseInt(fill.slice(start, start + 2), 16) / 255) : undefined;
}

function linearChannel(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}
