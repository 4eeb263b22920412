/**
 * The parts of a .docx by path: XML as text, anything else (images) as bytes.
 * The document of a report built in parts stays the list of pieces it was
 * built in: its 18 MB (for 10,000 actions) are never copied into one string,
 * nor edited whole; each piece is encoded as the package is zipped.
 */
export type DocxParts = Map<string, string | readonly string[] | Uint8Array>;

/** Rewrites one XML part; a missing part means docx changed its output, which must not pass silently. */
export function editPart(parts: DocxParts, name: string, edit: (xml: string) => string): void {
  const xml = parts.get(name);
  if (typeof xml !== 'string') throw new Error(`renderDocx: the package has no ${name} to edit; has the docx library changed its output?`);
  parts.set(name, edit(xml));
}

/** Rewrites each piece of an XML part (a part of one string is one piece), for edits that hold within an element. */
export function editPieces(parts: DocxParts, name: string, edit: (xml: string) => string): void {
  const xml = parts.get(name);
  if (typeof xml === 'string') parts.set(name, edit(xml));
  else if (Array.isArray(xml)) parts.set(name, xml.map(edit));
  else throw new Error(`renderDocx: the package has no ${name} to edit; has the docx library changed its output?`);
}

/** Inserts `insertion` before the first `marker`, or fails saying which marker was missing from which part. */
export function insertBefore(xml: string, marker: string, insertion: string, part: string): string {
  const index = xml.indexOf(marker);
  if (index === -1) throw new Error(`renderDocx: ${part} has no ${marker}; has the docx library changed its output?`);
  return xml.slice(0, index) + insertion + xml.slice(index);
}
