import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * An element as fast-xml-parser gives it with preserveOrder:
 * `{ tag: children, ':@': attributes }`, or a text node `{ '#text': text }`.
 * Namespace prefixes are removed (`w:p` is `p`): Word always binds them the
 * same way, and tags are then matched whatever prefix a writer chose.
 */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  // Spaces inside <w:t xml:space="preserve"> are the text's own.
  trimValues: false,
  // "0" in a cell stays the text "0".
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (&#8211;) need the entity table beyond XML's five.
  htmlEntities: true,
});

/**
 * The nodes of an XML part, or the validator's complaint (with its line)
 * when the part is not well-formed.
 */
export function parseXml(text: string): { nodes: XmlNode[] } | { error: string } {
  // Word never writes a DOCTYPE; one could only declare entities that expand without end.
  if (/<!DOCTYPE/i.test(text)) return { error: 'it declares a DOCTYPE, which Word never writes' };
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) return { error: `${valid.err.msg} (line ${valid.err.line})` };
    return { nodes: parser.parse(text) as XmlNode[] };
  } catch (error) {
    // The parser's own limits, such as elements nested past any real document's depth.
    return { error: (error as Error).message };
  }
}

export function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@' && key !== '#text');
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag ? node[tag] : undefined;
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

export function attributesOf(node: XmlNode): Record<string, string> {
  return (node[':@'] as Record<string, string> | undefined) ?? {};
}

export function childNamed(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? childrenOf(node).find((child) => tagOf(child) === tag) : undefined;
}

export function childrenNamed(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).filter((child) => tagOf(child) === tag);
}

/** The first element named `tag` at any depth below `node`. */
export function descendantNamed(node: XmlNode, tag: string): XmlNode | undefined {
  for (const child of childrenOf(node)) {
    if (tagOf(child) === tag) return child;
    const found = descendantNamed(child, tag);
    if (found) return found;
  }
  return undefined;
}

/** The root element of a parsed part (the first that is not the <?xml?> declaration). */
export function rootOf(nodes: readonly XmlNode[]): XmlNode | undefined {
  return nodes.find((node) => {
    const tag = tagOf(node);
    return tag !== undefined && !tag.startsWith('?');
  });
}

/** `w:val` of a property element such as <w:pStyle w:val="Heading1"/>. */
export function valueOf(node: XmlNode | undefined): string | undefined {
  return node ? attributesOf(node).val : undefined;
}

/** Whether an on/off property (<w:b/>, <w:b w:val="false"/>) is on. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = valueOf(node);
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value.toLowerCase());
}
