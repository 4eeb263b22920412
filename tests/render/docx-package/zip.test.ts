import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from '../../../src/render/docx/package/zip.js';

const text = (value: string) => new TextEncoder().encode(value);
const DATE = new Date('2023-10-01T00:00:00Z');

describe('writeZip and readZip', () => {
  const entries = [
    { name: '[Content_Types].xml', data: text('<Types/>'.repeat(200)) },
    { name: 'word/document.xml', data: text('<w:document>Côd — Cymraeg</w:document>') },
    { name: 'word/media/empty.png', data: new Uint8Array(0) },
    { name: 'word/media/bytes.bin', data: Uint8Array.from({ length: 5000 }, (_, index) => (index * 7919) % 256) },
  ];

  it('writes an archive another zip reader opens, with the same files, contents and date', async () => {
    const zip = await JSZip.loadAsync(writeZip(entries, DATE));
    expect(Object.keys(zip.files)).toEqual(entries.map((entry) => entry.name));
    for (const { name, data } of entries) {
      expect(await zip.file(name)!.async('uint8array')).toEqual(data);
      expect(zip.file(name)!.date.toISOString()).toBe(DATE.toISOString());
    }
  });

  it('reads back what it wrote, and what another zip writer wrote, stored or deflated', async () => {
    expect(readZip(writeZip(entries, DATE))).toEqual(entries);
    const other = new JSZip();
    other.file(entries[0]!.name, entries[0]!.data, { compression: 'STORE' });
    other.file(entries[1]!.name, entries[1]!.data, { compression: 'DEFLATE' });
    other.folder('word/empty-folder');
    const read = readZip(await other.generateAsync({ type: 'uint8array' }));
    expect(read).toEqual(entries.slice(0, 2));
  });

  it('gives the same bytes for the same entries and date, and deflates', () => {
    const zipped = writeZip(entries, DATE);
    expect(writeZip(entries, DATE)).toEqual(zipped);
    expect(writeZip(entries, new Date('2024-01-01T00:00:00Z'))).not.toEqual(zipped);
    expect(zipped.length).toBeLessThan(entries.reduce((sum, entry) => sum + entry.data.length, 0));
  });

  it('refuses what is not a zip, or is damaged, saying so', () => {
    expect(() => readZip(text('not a zip at all, just some text'))).toThrow(/not a zip archive/);
    const damaged = writeZip(entries, DATE);
    const dataStart = 30 + entries[0]!.name.length;
    damaged[dataStart + 3] = damaged[dataStart + 3]! ^ 0xff;
    expect(() => readZip(damaged)).toThrow(/damaged/);
  });
});
