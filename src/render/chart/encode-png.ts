import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateOnThreadPool = promisify(deflate);
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** IHDR: 8 bits a channel, colour type 6 (RGBA), deflate, adaptive filtering, no interlace. */
const BIT_DEPTH = 8;
const RGBA = 6;
/** Filter type 0 (None) on every row: charts are flat colour, which deflate packs well as it is. */
const NO_FILTER = 0;

/**
 * A PNG of `width` × `height` RGBA pixels (straight, not premultiplied alpha).
 * resvg's own encoder runs on the main thread; this one deflates on libuv's
 * thread pool, so drawing charts does not hold up building the documents.
 */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const rowLength = width * 4;
  if (rgba.length !== rowLength * height) throw new RangeError(`encodePng: ${rgba.length} bytes are not ${width} × ${height} RGBA pixels`);
  const scanlines = new Uint8Array((rowLength + 1) * height);
  for (let row = 0; row < height; row++) {
    scanlines[row * (rowLength + 1)] = NO_FILTER;
    scanlines.set(rgba.subarray(row * rowLength, (row + 1) * rowLength), row * (rowLength + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([BIT_DEPTH, RGBA, 0, 0, 0], 8);
  const data = await deflateOnThreadPool(scanlines);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', new Uint8Array(0))]);
}

/** Length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.length);
  bytes.set(new TextEncoder().encode(type), 4);
  bytes.set(data, 8);
  view.setUint32(8 + data.length, crc32(bytes.subarray(4, 8 + data.length)));
  return bytes;
}
