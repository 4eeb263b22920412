import { crc32, deflateRawSync } from 'node:zlib';

/**
 * The small part of the zip format a .docx needs, written on Node's own zlib.
 * No zip64, no encryption, no multi-disk archives: a report is far below 4 GB.
 *
 * Why not fflate (a well-kept zip library, already used by the tests), as
 * measured on this 2-core machine:
 * - its zipSync deflates in JavaScript: 177 ms on the first call of a process
 *   (every build is one) for a real quarter's docx against 5 ms here, and
 *   250–400 ms for 10,000 actions against 75 ms;
 * - its streaming Zip can take parts deflated by zlib (then as fast as this),
 *   but it dates entries in the local time zone, so the same build would give
 *   other bytes on a machine set to another zone (and could not write a UTC
 *   time that falls in a daylight-saving gap there).
 * Reading is left to the tests, which use fflate: renderDocx no longer unzips.
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const DEFLATED = 8;
/** 2.0: deflate. */
const VERSION_NEEDED = 20;
/** General purpose flag 11: the names are UTF-8. */
const UTF8_NAMES = 0x0800;

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
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
