import JSZip from 'jszip';
import type { DocxParts } from './docx-parts.js';

/** Conventional leaders: the content types first, then the package relationships. */
const LEADING = ['[Content_Types].xml', '_rels/.rels'];

/**
 * Zips the parts so that the same parts and timestamp give the same bytes:
 * a fixed entry order, one date on every entry, no folder entries, DEFLATE.
 */
export async function writeParts(parts: DocxParts, timestamp: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const name of entryOrder([...parts.keys()])) {
    zip.file(name, parts.get(name)!, { date: timestamp, createFolders: false, compression: 'DEFLATE' });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

function entryOrder(names: string[]): string[] {
  const rest = names.filter((name) => !LEADING.includes(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...LEADING.filter((name) => names.includes(name)), ...rest];
}
