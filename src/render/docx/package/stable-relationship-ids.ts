import { type DocxParts, editPieces } from './docx-parts.js';

/** docx numbers its own relationships rId1, rId2...; hyperlinks get random ids (nanoid). */
const NUMBERED = /^rId\d+$/;

/**
 * Renames each random relationship id to `rIdLink<n>`, numbered in the order
 * of its relationships file (document order), in the rels file and in the part
 * it belongs to, so two renders of one report give the same bytes. docx
 * draws these ids itself (ExternalHyperlink takes no id) and remark-docx makes
 * the links, so no option can fix them.
 */
export function stabiliseRelationshipIds(parts: DocxParts): void {
  for (const [relsName, rels] of parts) {
    const owner = ownerOf(relsName);
    if (typeof rels !== 'string' || owner === undefined) continue;
    const ids = [...rels.matchAll(/ Id="([^"]+)"/g)].map((match) => match[1]!).filter((id) => !NUMBERED.test(id));
    const renames = new Map(ids.map((id, index) => [`"${id}"`, `"rIdLink${index + 1}"`]));
    if (renames.size === 0) continue;
    const rename = (xml: string) => xml.replace(/"rId[^"]*"/g, (quoted) => renames.get(quoted) ?? quoted);
    parts.set(relsName, rename(rels));
    if (parts.has(owner)) editPieces(parts, owner, rename);
  }
}

/** `word/_rels/document.xml.rels` belongs to `word/document.xml`. */
function ownerOf(relsName: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsName);
  return match ? `${match[1]}${match[2]}` : undefined;
}
