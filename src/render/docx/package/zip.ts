import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * The small part of the zip format a .docx needs, on Node's own zlib: the
 * docx library's packages are read, and ours written, in native code rather
 * than in JavaScript deflate, which was a fifth of a build's time.
 * No zip64, no encryption, no multi-disk archives: a report is far below 4 GB.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** 2.0: deflate. */
const VERSION_NEEDED = 20;
/** General purpose flag 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

/** The files of a zip archive in the order of its central directory. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    expectSignature(view, offset, CENTRAL_HEADER, 'central directory entry');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    if (flags & 1) throw new Error(`readZip: ${name} is encrypted`);
    expectSignature(view, localOffset, LOCAL_HEADER, `local header of ${name}`);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const stored = bytes.subarray(start, start + compressedSize);
    if (method !== STORED && method !== DEFLATED) throw new Error(`readZip: ${name} uses compression method ${method}; only stored and deflated are read`);
    const data = method === STORED ? stored : inflated(stored, name);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`readZip: ${name} is damaged (its size or checksum does not match)`);
    if (!name.endsWith('/')) entries.push({ name, data });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * A zip archive of `entries` in the given order, each deflated at the best
 * compression and dated `date` (to the two seconds DOS dates hold, in UTC), so
 * the same entries and date always give the same bytes.
 */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const { dosTime, dosDate } = dosDateTime(date);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const compressed = deflateRawSync(data, { level: 9 });
    const fields = { flags: UTF8_NAMES, dosTime, dosDate, crc: crc32(data), compressedSize: compressed.length, size: data.length, nameBytes };
    const local = header(30, LOCAL_HEADER, fields);
    locals.push(local, compressed);
    const central = header(46, CENTRAL_HEADER, fields);
    new DataView(central.buffer).setUint32(42, offset, true);
    centrals.push(central);
    offset += local.length + compressed.length;
  }
  const centralSize = centrals.reduce((sum, central) => sum + central.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, centralSize, true);
  view.setUint32(16, offset, true);
  return Buffer.concat([...locals, ...centrals, end]);
}

interface HeaderFields {
  readonly flags: number;
  readonly dosTime: number;
  readonly dosDate: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly nameBytes: Uint8Array;
}

/** A local header (30 bytes before the name) or a central directory entry (46), which share their fields at a shift. */
function header(fixedLength: 30 | 46, signature: number, fields: HeaderFields): Uint8Array {
  const bytes = new Uint8Array(fixedLength + fields.nameBytes.length);
  const view = new DataView(bytes.buffer);
  const shift = fixedLength === 46 ? 2 : 0; // the central entry also holds "version made by"
  view.setUint32(0, signature, true);
  if (shift) view.setUint16(4, VERSION_NEEDED, true);
  view.setUint16(4 + shift, VERSION_NEEDED, true);
  view.setUint16(6 + shift, fields.flags, true);
  view.setUint16(8 + shift, DEFLATED, true);
  view.setUint16(10 + shift, fields.dosTime, true);
  view.setUint16(12 + shift, fields.dosDate, true);
  view.setUint32(14 + shift, fields.crc, true);
  view.setUint32(18 + shift, fields.compressedSize, true);
  view.setUint32(22 + shift, fields.size, true);
  view.setUint16(26 + shift, fields.nameBytes.length, true);
  bytes.set(fields.nameBytes, fixedLength);
  return bytes;
}

function dosDateTime(date: Date): { dosTime: number; dosDate: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    dosTime: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    dosDate: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

function inflated(stored: Uint8Array, name: string): Uint8Array {
  try {
    return new Uint8Array(inflateRawSync(stored));
  } catch (error) {
    throw new Error(`readZip: ${name} is damaged (${(error as Error).message})`);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const last = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= last; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('readZip: not a zip archive (no end of central directory)');
}

function expectSignature(view: DataView, offset: number, signature: number, what: string): void {
  if (offset + 4 > view.byteLength || view.getUint32(offset, true) !== signature) throw new Error(`readZip: the ${what} is missing or damaged`);
}
