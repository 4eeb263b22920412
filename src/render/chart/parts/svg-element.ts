import { coordinate } from './coordinate.js';
import { escapeXml } from './escape-xml.js';

/** Elements drawn by a part of the chart and the height they take. */
export interface Drawn {
  readonly elements: string[];
  readonly height: number;
}

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/**
 * One SVG element on one line. Attributes keep the order given; numbers go
 * through `coordinate`, so equal input always gives equal bytes; undefined
 * attributes are left out. `content` is text, escaped here.
 */
export function svgElement(name: string, attributes: Attributes, content?: string): string {
  const written = attributeText(attributes);
  return content === undefined ? `<${name}${written}/>` : `<${name}${written}>${escapeXml(content)}</${name}>`;
}

/** The opening tag of a group; the caller closes it with "</g>". */
export function openGroup(attributes: Attributes): string {
  return `<g${attributeText(attributes)}>`;
}

function attributeText(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? coordinate(value) : escapeXml(value)}"`)
    .join('');
}
