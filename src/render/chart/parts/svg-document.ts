import { escapeXml } from './escape-xml.js';
import { INK, WHITE } from './colour.js';
import { coordinate } from './coordinate.js';

/**
 * Arial first, as in the documents; Arimo is its metric twin, bundled for the
 * PNG, and Liberation Sans the same design on Linux desktops.
 */
export const FONT_FAMILY = "Arial, Arimo, 'Liberation Sans', Helvetica, sans-serif";

export interface SvgDocument {
  readonly width: number;
  readonly height: number;
  /** Ids become `${id}-title` and `${id}-desc`. */
  readonly id: string;
  readonly language: string;
  readonly title: string;
  readonly description: string;
  /** Lines of SVG elements, drawn in order on a white page. */
  readonly body: readonly string[];
}

/**
 * The outer `<svg>`: an image to assistive technology, named by its title and
 * described by its description (both referenced by aria-labelledby, which
 * screen readers support more widely than aria-describedby on SVG).
 */
export function svgDocument(document: SvgDocument): string {
  const { width, height, id, language } = document;
  const size = `width="${coordinate(width)}" height="${coordinate(height)}" viewBox="0 0 ${coordinate(width)} ${coordinate(height)}"`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" ${size} role="img" aria-labelledby="${id}-title ${id}-desc" lang="${escapeXml(language)}" xml:lang="${escapeXml(language)}" font-family="${FONT_FAMILY}" font-size="12" fill="${INK}">`,
    `<title id="${id}-title">${escapeXml(document.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(document.description)}</desc>`,
    `<rect width="${coordinate(width)}" height="${coordinate(height)}" fill="${WHITE}"/>`,
    ...document.body,
    '</svg>',
    '',
  ].join('\n');
}
