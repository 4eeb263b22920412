import { type DocxParts, editPart, insertBefore } from './docx-parts.js';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const RELATIONSHIPS = 'word/_rels/document.xml.rels';
/** The relationships a body refers to by r:id or r:embed. */
const BODY_RELATIONSHIP = /\/relationships\/(hyperlink|image)$/;
const ABSTRACT_ID = /<w:abstractNum w:abstractNumId="(\d+)"/g;
const NUM_ID = /<w:num w:numId="(\d+)"/g;

/** Takes in the packages of a report's later parts, in order; `finish` puts what they brought into the first. */
export interface PartJoiner {
  adopt(next: DocxParts): void;
  finish(): void;
}

/**
 * Joins into `parts`, the package of a report's first part, the bodies of the
 * packages built from its later parts with the same options, and what those
 * bodies refer to. Each later package is read once and can then be freed; the
 * first is edited once, in `finish`, however many parts there are.
 *
 * - Lists: each part's lists and their definitions are copied under fresh
 *   ids, so each list keeps its own numbering, as it had.
 * - Links and images: their relationships are copied under new ids (the
 *   package step then numbers them in order), and the images with them.
 * - Bookmarks need nothing: their names and ids are set for the whole report.
 */
export function partJoiner(parts: DocxParts): PartJoiner {
  const numbering = text(parts, NUMBERING);
  let lastAbstractId = highestId(numbering, ABSTRACT_ID);
  let lastNumId = highestId(numbering, NUM_ID);
  let partNumber = 1;
  const bodies: string[] = [];
  const definitions: string[] = [];
  const lists: string[] = [];
  const relationships: string[] = [];

  const adoptNumbering = (next: DocxParts): Map<string, string> => {
    const nextNumbering = text(next, NUMBERING);
    const abstractIds = new Map([...nextNumbering.matchAll(ABSTRACT_ID)].map(([, id]) => [id!, String(++lastAbstractId)]));
    const numIds = new Map([...nextNumbering.matchAll(NUM_ID)].map(([, id]) => [id!, String(++lastNumId)]));
    for (const [element, id] of nextNumbering.matchAll(/<w:abstractNum w:abstractNumId="(\d+)"[\s\S]*?<\/w:abstractNum>/g)) {
      definitions.push(element.replace(`w:abstractNumId="${id}"`, `w:abstractNumId="${abstractIds.get(id!)}"`));
    }
    for (const [element, id] of nextNumbering.matchAll(/<w:num w:numId="(\d+)">[\s\S]*?<\/w:num>/g)) {
      lists.push(
        element
          .replace(`w:numId="${id}"`, `w:numId="${numIds.get(id!)}"`)
          .replace(/<w:abstractNumId w:val="(\d+)"\/>/, (_reference, abstractId: string) => {
            const fresh = abstractIds.get(abstractId);
            if (fresh === undefined) throw new Error(`renderDocx: list ${id} of a part refers to no list definition; has remark-docx changed its numbering?`);
            return `<w:abstractNumId w:val="${fresh}"/>`;
          }),
      );
    }
    return numIds;
  };

  /** Copies the part's hyperlink and image relationships (and the images) under new ids; returns old id → new id. */
  const adoptRelationships = (next: DocxParts): Map<string, string> => {
    const ids = new Map<string, string>();
    for (const [element] of text(next, RELATIONSHIPS).matchAll(/<Relationship [^>]*\/>/g)) {
      const type = attribute(element, 'Type');
      if (!BODY_RELATIONSHIP.test(type)) continue;
      const id = attribute(element, 'Id');
      const fresh = `rIdPart${partNumber}n${ids.size + 1}`;
      ids.set(id, fresh);
      relationships.push(element.replace(`Id="${id}"`, `Id="${fresh}"`));
      if (type.endsWith('/image')) {
        const media = `word/${attribute(element, 'Target')}`;
        const bytes = next.get(media);
        if (bytes === undefined) throw new Error(`renderDocx: a part of the report refers to ${media}, which it does not hold`);
        parts.set(media, bytes);
      }
    }
    return ids;
  };

  return {
    adopt(next) {
      partNumber++;
      const numIds = adoptNumbering(next);
      const relationshipIds = adoptRelationships(next);
      let body = bodyOf(text(next, DOCUMENT));
      if (numIds.size) body = body.replace(/<w:numId w:val="(\d+)"\/>/g, (element, id: string) => (numIds.has(id) ? `<w:numId w:val="${numIds.get(id)}"/>` : element));
      if (relationshipIds.size) {
        body = body.replace(/ (r:id|r:embed)="([^"]+)"/g, (found, name: string, id: string) => (relationshipIds.has(id) ? ` ${name}="${relationshipIds.get(id)}"` : found));
      }
      bodies.push(body);
    },
    finish() {
      if (bodies.length === 0) return;
      editPart(parts, NUMBERING, (xml) => {
        // After the last definition: the schema puts every w:abstractNum before the first w:num.
        const end = xml.lastIndexOf('</w:abstractNum>') + '</w:abstractNum>'.length;
        if (end < '</w:abstractNum>'.length) throw new Error(`renderDocx: ${NUMBERING} has no <w:abstractNum>; has the docx library changed its output?`);
        return insertBefore(xml.slice(0, end) + definitions.join('') + xml.slice(end), '</w:numbering>', lists.join(''), NUMBERING);
      });
      if (relationships.length) editPart(parts, RELATIONSHIPS, (xml) => insertBefore(xml, '</Relationships>', relationships.join(''), RELATIONSHIPS));
      // At the end of the document, before its final section properties; kept as pieces.
      const xml = text(parts, DOCUMENT);
      const end = finalSectionStart(xml);
      parts.set(DOCUMENT, [xml.slice(0, end), ...bodies, xml.slice(end)]);
    },
  };
}

/** What lies between <w:body> and the final section properties. */
function bodyOf(xml: string): string {
  const start = xml.indexOf('<w:body>');
  const end = finalSectionStart(xml);
  if (start === -1 || end < start) throw new Error(`renderDocx: ${DOCUMENT} has no <w:body> ending in <w:sectPr>; has the docx library changed its output?`);
  return xml.slice(start + '<w:body>'.length, end);
}

function finalSectionStart(xml: string): number {
  const end = xml.lastIndexOf('<w:sectPr');
  if (end === -1) throw new Error(`renderDocx: ${DOCUMENT} has no <w:sectPr>; has the docx library changed its output?`);
  return end;
}

function highestId(xml: string, pattern: RegExp): number {
  let highest = 0;
  for (const [, id] of xml.matchAll(pattern)) highest = Math.max(highest, Number(id));
  return highest;
}

function attribute(element: string, name: string): string {
  return new RegExp(` ${name}="([^"]*)"`).exec(element)?.[1] ?? '';
}

function text(parts: DocxParts, name: string): string {
  const xml = parts.get(name);
  if (typeof xml !== 'string') throw new Error(`renderDocx: the package has no ${name}; has the docx library changed its output?`);
  return xml;
}
