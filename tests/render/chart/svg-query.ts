import { XMLValidator } from 'fast-xml-parser';

export interface SvgElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  /** Text content of a leaf element, unescaped. */
  readonly text: string;
}

const ELEMENT = /<([a-z]+)((?:\s+[a-z:-]+="[^"]*")*)\s*(?:\/>|>([^<]*)<\/\1>)/g;
const ATTRIBUTE = /([a-z:-]+)="([^"]*)"/g;

function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
}

/** Throws unless `svg` is well-formed XML. */
export function assertWellFormed(svg: string): void {
  const result = XMLValidator.validate(svg);
  if (result !== true) throw new Error(`The SVG is not well-formed: ${result.err.msg} at line ${result.err.line}`);
}

/** Every leaf element (rect, line, text, title, desc) of an SVG made by the chart code, in document order. */
export function leaves(svg: string): SvgElement[] {
  return [...svg.matchAll(ELEMENT)].map((match) => ({
    name: match[1]!,
    attributes: Object.fromEntries([...match[2]!.matchAll(ATTRIBUTE)].map((attribute) => [attribute[1]!, unescape(attribute[2]!)])),
    text: unescape(match[3] ?? ''),
  }));
}

/** The groups `<g class="…">…</g>` of a class, each with its attributes and leaves. */
export function groups(svg: string, className: string): { attributes: Record<string, string>; leaves: SvgElement[] }[] {
  const pattern = new RegExp(`<g class="${className}"((?:\\s+[a-z:-]+="[^"]*")*)>\\n([\\s\\S]*?)\\n</g>`, 'g');
  return [...svg.matchAll(pattern)].map((match) => ({
    attributes: Object.fromEntries([...match[1]!.matchAll(ATTRIBUTE)].map((attribute) => [attribute[1]!, unescape(attribute[2]!)])),
    leaves: leaves(match[2]!),
  }));
}

/** All words a reader or screen reader meets: text, title and desc content. */
export function words(svg: string): string {
  return leaves(svg)
    .filter((leaf) => ['text', 'title', 'desc'].includes(leaf.name))
    .map((leaf) => leaf.text)
    .join('\n');
}
