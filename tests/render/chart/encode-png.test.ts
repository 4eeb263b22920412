import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/render/chart/encode-png.js';

/** A minimal PNG reader for 8-bit RGBA without filters: checks every chunk's CRC and returns the pixels. */
function decode(png: Uint8Array): { width: number; height: number; pixels: Uint8Array; chunks: string[] } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: string[] = [];
  const idat: Uint8Array[] = [];
  let header: DataView | undefined;
  for (let offset = 8; offset < png.length; ) {
    const length = view.getUint32(offset);
    const type = new TextDecoder().decode(png.subarray(offset + 4, offset + 8));
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(view.getUint32(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    chunks.push(type);
    if (type === 'IHDR') header = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const width = header!.getUint32(0);
  const height = header!.getUint32(4);
  expect([header!.getUint8(8), header!.getUint8(9)]).toEqual([8, 6]); // 8 bits, RGBA
  const scanlines = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height * 4);
  for (let row = 0; row < height; row++) {
    const start = row * (width * 4 + 1);
    expect(scanlines[start]).toBe(0);
    pixels.set(scanlines.subarray(start + 1, start + 1 + width * 4), row * width * 4);
  }
  return { width, height, pixels, chunks };
}

describe('encodePng', () => {
  it('writes a PNG whose pixels, size and chunks read back exactly', async () => {
    const width = 7;
    const height = 5;
    const pixels = Uint8Array.from({ length: width * height * 4 }, (_, index) => (index * 37) % 256);
    const png = decode(await encodePng(pixels, width, height));
    expect(png).toEqual({ width, height, pixels, chunks: ['IHDR', 'IDAT', 'IEND'] });
  });

  it('gives the same bytes for the same pixels', async () => {
    const pixels = new Uint8Array(64 * 64 * 4).fill(200);
    expect(await encodePng(pixels, 64, 64)).toEqual(await encodePng(pixels, 64, 64));
  });

  it('refuses pixels that do not fill the size given', async () => {
    await expect(encodePng(new Uint8Array(10), 2, 2)).rejects.toThrow('10 bytes are not 2 × 2 RGBA pixels');
  });
});
