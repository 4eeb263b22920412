import '../../../src/polyfills/iterator-reduce.js';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/render/chart/encode-png.js';
import { captureParts } from '../../../src/render/docx/package/capture-parts.js';

const png = await encodePng(new Uint8Array(4 * 3 * 4).fill(200), 4, 3);
const documentOf = () =>
  new Document({
    sections: [{ children: [new Paragraph('Dyfed-Powys'), new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 4, height: 3 } })] })] }],
  });

describe('captureParts', () => {
  it('gives the parts docx’s Packer would zip, XML as text and images as bytes, without zipping them', async () => {
    // JSZip also lists the folders; they are no parts.
    const zipped = unzipSync(new Uint8Array(await Packer.toArrayBuffer(documentOf())), { filter: (file) => !file.name.endsWith('/') });
    const captured = await captureParts(() => Packer.toArrayBuffer(documentOf()));
    expect([...captured.keys()].sort()).toEqual(Object.keys(zipped).sort());
    for (const [name, part] of captured) {
      if (name.startsWith('word/media/')) expect(new Uint8Array(part as Uint8Array)).toEqual(zipped[name]);
      // core.xml carries the time it was packed.
      else if (name !== 'docProps/core.xml') expect(part).toBe(strFromU8(zipped[name]!));
    }
    expect(captured.get('word/document.xml')).toContain('Dyfed-Powys');
  });

  it('leaves the Packer as it was outside the render it captures, even while one runs', async () => {
    const capturing = captureParts(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return Packer.toArrayBuffer(documentOf());
    });
    const zip = new Uint8Array(await Packer.toArrayBuffer(documentOf()));
    expect(strFromU8(unzipSync(zip)['word/document.xml']!)).toContain('Dyfed-Powys');
    expect((await capturing).get('word/document.xml')).toContain('Dyfed-Powys');
  });

  it('says so when the render packs nothing', async () => {
    await expect(captureParts(async () => new ArrayBuffer(0))).rejects.toThrow(/did not pack its document/);
  });
});
