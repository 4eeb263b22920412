import { unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../src/render/docx/package/zip.js';

const text = (value: string) => new TextEncoder().encode(value);
const DATE = new Date('2023-10-01T00:00:00Z');

describe('writeZip', () => {
  const entries = [
    { name: '[Content_Types].xml', data: text('<Types/>'.repeat(200)) },
    { name: 'word/document.xml', data: text('<w:document>Côd — Cymraeg</w:document>') },
    { name: 'word/media/empty.png', data: new Uint8Array(0) },
    { name: 'word/media/bytes.bin', data: Uint8Array.from({ length: 5000 }, (_, index) => (index * 7919) % 256) },
  ];

  it('writes an archive two other zip readers open, with the same files, contents and date', async () => {
    const zipped = writeZip(entries, DATE);
    expect(unzipSync(zipped)).toEqual(Object.fromEntries(entries.map(({ name, data }) => [name, data])));
    const zip = await JSZip.loadAsync(zipped);
    expect(Object.keys(zip.files)).toEqual(entries.map((entry) => entry.name));
    for (const { name, data } of entries) {
      expect(await zip.file(name)!.async('uint8array')).toEqual(data);
      expect(zip.file(name)!.date.toISOString()).toBe(DATE.toISOString());
    }
  });

  it('gives the same bytes for the same entries and date, and deflates', () => {
    const zipped = writeZip(entries, DATE);
    expect(writeZip(entries, DATE)).toEqual(zipped);
    expect(writeZip(entries, new Date('2024-01-01T00:00:00Z'))).not.toEqual(zipped);
    expect(zipped.length).toBeLessThan(entries.reduce((sum, entry) => sum + entry.data.length, 0));
  });
});
