/** The parts of a .docx by path: XML as text, anything else (images) as bytes. */
export type DocxParts = Map<string, string | Uint8Array>;

/** Rewrites one XML part; a missing part means docx changed its output, which must not pass silently. */
export function editPart(parts: DocxParts, name: string, edit: (xml: string) => string): void {
  const xml = parts.get(name);
  if (typeof xml !== 'string') throw new Error(`renderDocx: the package has no ${name} to edit; has the docx library changed its output?`);
  parts.set(name, edit(xml));
}

/** Inserts `insertion` before the first `marker`, or fails saying which marker was missing from which part. */
export function insertBefore(xml: string, marker: string, insertion: string, part: string): string {
  const index = xml.indexOf(marker);
  if (index === -1) throw new Error(`renderDocx: ${part} has no ${marker}; has the docx library changed its output?`);
  return xml.slice(0, index) + insertion + xml.slice(index);
}
