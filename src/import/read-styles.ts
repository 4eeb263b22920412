import { attributesOf, childNamed, childrenNamed, parseXml, rootOf, valueOf, type XmlNode } from './xml-node.js';

/** What the import needs of a paragraph style: whether it is a heading, and whether it makes a list. */
export interface StyleInfo {
  readonly headingLevel?: number;
  readonly numbering?: { readonly numId: string; readonly level: number };
  /** From the style's name when it has no numbering of its own (List Bullet, List Number). */
  readonly listKind?: 'ordered' | 'bullet';
}

export interface DocumentStyles {
  style(styleId: string | undefined): StyleInfo;
  /** Whether level `level` of the list `numId` is numbered (decimal, letters, roman) rather than bulleted. */
  isOrdered(numId: string, level: number): boolean;
}

/** Reads styles.xml and numbering.xml; either may be missing or broken, and then tells nothing. */
export function readStyles(stylesXml: string | undefined, numberingXml: string | undefined): DocumentStyles {
  const styles = new Map<string, { name: string; basedOn?: string; outline?: number; numbering?: StyleInfo['numbering'] }>();
  const stylesRoot = root(stylesXml);
  for (const style of stylesRoot ? childrenNamed(stylesRoot, 'style') : []) {
    const id = attributesOf(style).styleId;
    if (!id) continue;
    const properties = childNamed(style, 'pPr');
    const numPr = childNamed(properties, 'numPr');
    const outline = valueOf(childNamed(properties, 'outlineLvl'));
    styles.set(id, {
      name: (valueOf(childNamed(style, 'name')) ?? id).toLowerCase(),
      basedOn: valueOf(childNamed(style, 'basedOn')),
      outline: outline === undefined ? undefined : Number(outline),
      numbering: numPr ? numberingOf(numPr) : undefined,
    });
  }
  const formats = readNumberingFormats(numberingXml);

  const info = (styleId: string | undefined, depth = 0): StyleInfo => {
    if (!styleId) return {};
    const style = styles.get(styleId);
    const name = style?.name ?? styleId.toLowerCase();
    const named = /^heading ?(\d)$/.exec(name) ?? /^heading ?(\d)$/i.exec(styleId);
    const inherited = style?.basedOn && depth < 10 ? info(style.basedOn, depth + 1) : {};
    const headingLevel = named
      ? Number(named[1])
      : style?.outline !== undefined && style.outline < 9
        ? style.outline + 1
        : inherited.headingLevel;
    const listKind = /list ?number/.test(name) ? 'ordered' : /list ?bullet/.test(name) ? 'bullet' : inherited.listKind;
    return { headingLevel, numbering: style?.numbering ?? inherited.numbering, listKind };
  };
  return {
    style: (styleId) => info(styleId),
    isOrdered: (numId, level) => {
      const format = formats.get(numId)?.get(level);
      return format !== undefined && format !== 'bullet' && format !== 'none';
    },
  };
}

export function numberingOf(numPr: XmlNode): { numId: string; level: number } | undefined {
  const numId = valueOf(childNamed(numPr, 'numId'));
  // numId 0 switches numbering off (a style's list removed from one paragraph).
  if (!numId || numId === '0') return undefined;
  return { numId, level: Number(valueOf(childNamed(numPr, 'ilvl')) ?? 0) };
}

/** numId → level → numFmt (decimal, bullet, lowerLetter, ...). */
function readNumberingFormats(numberingXml: string | undefined): Map<string, Map<number, string>> {
  const result = new Map<string, Map<number, string>>();
  const numbering = root(numberingXml);
  if (!numbering) return result;
  const abstract = new Map<string, Map<number, string>>();
  for (const node of childrenNamed(numbering, 'abstractNum')) {
    const levels = new Map<number, string>();
    for (const level of childrenNamed(node, 'lvl')) {
      levels.set(Number(attributesOf(level).ilvl ?? 0), valueOf(childNamed(level, 'numFmt')) ?? 'decimal');
    }
    abstract.set(attributesOf(node).abstractNumId ?? '', levels);
  }
  for (const node of childrenNamed(numbering, 'num')) {
    const levels = abstract.get(valueOf(childNamed(node, 'abstractNumId')) ?? '');
    if (levels) result.set(attributesOf(node).numId ?? '', levels);
  }
  return result;
}

function root(xml: string | undefined): XmlNode | undefined {
  if (!xml) return undefined;
  const parsed = parseXml(xml);
  return 'error' in parsed ? undefined : rootOf(parsed.nodes);
}
