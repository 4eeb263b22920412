import { textColourFor } from '../../colour/contrast.js';

/**
 * Black or white, whichever contrasts more with the background (WCAG 2
 * relative luminance), so a RAG label is readable on any colour a report's
 * scale chooses. Returns hex without '#', as docx wants it, or undefined for
 * a colour that is not #RGB or #RRGGBB.
 */
export function contrastTextColour(background: string): '000000' | 'FFFFFF' | undefined {
  const fill = hexFill(background);
  return fill ? (textColourFor(`#${fill}`).slice(1) as '000000' | 'FFFFFF') : undefined;
}

/** '#FFC000' or '#fc0' as 'FFC000'; undefined when it is neither. */
export function hexFill(colour: string): string | undefined {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!match) return undefined;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return digits.toUpperCase();
}
