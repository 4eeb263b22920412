import { type DocxParts, editPart, insertBefore } from './docx-parts.js';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
/** The relationships a body refers to by r:id or r:embed. */
const BODY_RELATIONSHIP = /\/relationships\/(hyperlink|image)$/;

/**
 * Takes into `parts` what the body of `next` refers to, and returns that body
 * renumbered to match, for `insertBody`. `next` is a package built from the
 * following part of the same report with the same options.
 *
 * - Lists: the part's lists and their definitions are copied under fresh
 *   ids, so each list keeps its own numbering, as it had.
 * - Links and images: their relationships are copied under new ids (the
 *   package step then numbers them in order), and the images with them.
 * - Bookmarks need nothing: their names and ids are set for the whole report.
 */
export function adoptBody(parts: DocxParts, next: DocxParts, partNumber: number): string {
  const numIds = appendNumbering(parts, next);
  const relationshipIds = appendRelationships(parts, next, partNumber);
  return bodyOf(text(next, DOCUMENT))
    .replace(/<w:numId w:val="(\d+)"\/>/g, (element, id: string) => (numIds.has(id) ? `<w:numId w:val="${numIds.get(id)}"/>` : element))
    .replace(/ (r:id|r:embed)="([^"]+)"/g, (attribute, name: string, id: string) =>
      relationshipIds.has(id) ? ` ${name}="${relationshipIds.get(id)}"` : attribute,
    );
}

/** Puts `body` (the adopted bodies, joined) at the end of the document, before its final section properties. */
export function insertBody(parts: DocxParts, body: string): void {
  editPart(parts, DOCUMENT, (xml) => {
    const end = xml.lastIndexOf('<w:sectPr');
    if (end === -1) throw new Error(`renderDocx: ${DOCUMENT} has no <w:sectPr>; has the docx library changed its output?`);
    return xml.slice(0, end) + body + xml.slice(end);
  });
}

/** What lies between <w:body> and the final section properties. */
function bodyOf(xml: string): string {
  const start = xml.indexOf('<w:body>');
  const end = xml.lastIndexOf('<w:sectPr');
  if (start === -1 || end < start) throw new Error(`renderDocx: ${DOCUMENT} has no <w:body> ending in <w:sectPr>; has the docx library changed its output?`);
  return xml.slice(start + '<w:body>'.length, end);
}

/**
 * Copies the part's list definitions (w:abstractNum, one per ordered list) and
 * lists (w:num) under fresh ids, each kind where the schema wants it; returns
 * the part's old w:numId → new.
 */
function appendNumbering(parts: DocxParts, next: DocxParts): Map<string, string> {
  const numbering = text(parts, NUMBERING);
  const nextNumbering = text(next, NUMBERING);
  const abstractIds = freshIds(numbering, nextNumbering, /<w:abstractNum w:abstractNumId="(\d+)"/g);
  const numIds = freshIds(numbering, nextNumbering, /<w:num w:numId="(\d+)"/g);
  const definitions = [...nextNumbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)].map(([element, id]) =>
    element.replace(`w:abstractNumId="${id}"`, `w:abstractNumId="${abstractIds.get(id!)}"`),
  );
  const lists = [...nextNumbering.matchAll(/<w:num w:numId="(\d+)">[\s\S]*?<\/w:num>/g)].map(([element, id]) =>
    element
      .replace(`w:numId="${id}"`, `w:numId="${numIds.get(id!)}"`)
      .replace(/<w:abstractNumId w:val="(\d+)"\/>/, (reference, abstractId: string) => {
        const fresh = abstractIds.get(abstractId);
        if (fresh === undefined) throw new Error(`renderDocx: list ${id} of a part refers to no list definition; has remark-docx changed its numbering?`);
        return `<w:abstractNumId w:val="${fresh}"/>`;
      }),
  );
  editPart(parts, NUMBERING, (xml) => {
    // After the last definition: the schema puts every w:abstractNum before the first w:num.
    const end = xml.lastIndexOf('</w:abstractNum>') + '</w:abstractNum>'.length;
    if (end < '</w:abstractNum>'.length) throw new Error(`renderDocx: ${NUMBERING} has no <w:abstractNum>; has the docx library changed its output?`);
    return xml.slice(0, end) + definitions.join('') + xml.slice(end);
  });
  editPart(parts, NUMBERING, (xml) => insertBefore(xml, '</w:numbering>', lists.join(''), NUMBERING));
  return numIds;
}

/** The ids `pattern` finds in `incoming`, each mapped to a number above every id it finds in `existing`. */
function freshIds(existing: string, incoming: string, pattern: RegExp): Map<string, string> {
  let last = 0;
  for (const match of existing.matchAll(pattern)) last = Math.max(last, Number(match[1]));
  return new Map([...incoming.matchAll(pattern)].map((match) => [match[1]!, String(++last)]));
}

/** Copies the part's hyperlink and image relationships (and the images) under new ids; returns old id → new id. */
function appendRelationships(parts: DocxParts, next: DocxParts, partNumber: number): Map<string, string> {
  const ids = new Map<string, string>();
  const copied: string[] = [];
  for (const [element] of text(next, RELATIONSHIPS).matchAll(/<Relationship [^>]*\/>/g)) {
    const type = attribute(element, 'Type');
    if (!BODY_RELATIONSHIP.test(type)) continue;
    const id = attribute(element, 'Id');
    const fresh = `rIdPart${partNumber}n${ids.size + 1}`;
    ids.set(id, fresh);
    copied.push(element.replace(`Id="${id}"`, `Id="${fresh}"`));
    if (type.endsWith('/image')) {
      const media = `word/${attribute(element, 'Target')}`;
      const bytes = next.get(media);
      if (bytes === undefined) throw new Error(`renderDocx: a part of the report refers to ${media}, which it does not hold`);
      parts.set(media, bytes);
    }
  }
  if (copied.length) editPart(parts, RELATIONSHIPS, (xml) => insertBefore(xml, '</Relationships>', copied.join(''), RELATIONSHIPS));
  return ids;
}

function attribute(element: string, name: string): string {
  return new RegExp(` ${name}="([^"]*)"`).exec(element)?.[1] ?? '';
}

function text(parts: DocxParts, name: string): string {
  const xml = parts.get(name);
  if (typeof xml !== 'string') throw new Error(`renderDocx: the package has no ${name}; has the docx library changed its output?`);
  return xml;
}
