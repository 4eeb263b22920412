import '../../../src/polyfills/iterator-reduce.js';
import { Bookmark, Document, ExternalHyperlink, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/render/chart/encode-png.js';
import { captureParts } from '../../../src/render/docx/package/capture-parts.js';

const png = await encodePng(new Uint8Array(4 * 3 * 4).fill(200), 4, 3);
const documentOf = () =>
  new Document({
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: 'decimal', text: '%1.' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ children: [new Bookmark({ id: 'top', children: [new TextRun('Dyfed-Powys')] })] }),
          new Paragraph({ children: [new TextRun({ text: 'Tom & Jerry say "<hello>" — it’s Côd', bold: true })] }),
          new Paragraph({ children: [new ExternalHyperlink({ link: 'https://example.org/?a=1&b=2', children: [new TextRun('a link')] })] }),
          new Paragraph({ text: 'first step', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'second step', numbering: { reference: 'steps', level: 0 } }),
          new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('cell')] })] })] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 4, height: 3 } })] }),
        ],
      },
    ],
  });

describe('captureParts', () => {
  it('gives the parts docx’s Packer would zip, byte for byte, XML as text and images as bytes, without zipping them', async () => {
    // JSZip also lists the folders; they are no parts.
    const zipped = unzipSync(new Uint8Array(await Packer.toArrayBuffer(documentOf())), { filter: (file) => !file.name.endsWith('/') });
    const captured = await captureParts(() => Packer.toArrayBuffer(documentOf()));
    expect([...captured.keys()].sort()).toEqual(Object.keys(zipped).sort());
    // docx gives each hyperlink a random relationship id (renderDocx numbers them afterwards).
    const hyperlinkIds = (xml: string) => xml.replace(/"rId(?!\d+")[^"]*"/g, '"rIdHyperlink"');
    for (const [name, part] of captured) {
      if (name.startsWith('word/media/')) expect(new Uint8Array(part as Uint8Array)).toEqual(zipped[name]);
      // core.xml carries the time it was packed.
      else if (name !== 'docProps/core.xml') expect(hyperlinkIds(part as string)).toBe(hyperlinkIds(strFromU8(zipped[name]!)));
    }
    expect(captured.get('word/document.xml')).toContain('<w:numId w:val="');
    expect(captured.get('word/document.xml')).toContain('Tom &amp; Jerry say &quot;&lt;hello&gt;&quot;');
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
