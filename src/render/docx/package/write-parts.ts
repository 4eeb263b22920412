import { writeZip } from './zip.js';
import type { DocxParts } from './docx-parts.js';

/** Conventional leaders: the content types first, then the package relationships. */
const LEADING = ['[Content_Types].xml', '_rels/.rels'];

/**
 * Zips the parts so that the same parts and timestamp give the same bytes:
 * a fixed entry order, one date on every entry, no folder entries, DEFLATE.
 */
export function writeParts(parts: DocxParts, timestamp: Date): Uint8Array {
  const encoder = new TextEncoder();
  const entries = entryOrder([...parts.keys()]).map((name) => {
    const part = parts.get(name)!;
    if (typeof part === 'string') return { name, data: encoder.encode(part) };
    return { name, data: Array.isArray(part) ? Buffer.concat(part.map((piece) => Buffer.from(piece))) : (part as Uint8Array) };
  });
  return writeZip(entries, timestamp);
}

function entryOrder(names: string[]): string[] {
  const rest = names.filter((name) => !LEADING.includes(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...LEADING.filter((name) => names.includes(name)), ...rest];
}
