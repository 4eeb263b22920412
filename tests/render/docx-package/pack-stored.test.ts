import '../../../src/polyfills/iterator-reduce.js';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { packStored } from '../../../src/render/docx/package/pack-stored.js';
import { readZip } from '../../../src/render/docx/package/zip.js';

describe('packStored', () => {
  it('makes docx’s Packer store its parts undeflated, so they are compressed once, natively', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph('Dyfed-Powys '.repeat(2000))] }] });
    const deflated = new Uint8Array(await Packer.toArrayBuffer(document));
    packStored();
    const stored = new Uint8Array(await Packer.toArrayBuffer(document));
    const partBytes = (zip: Uint8Array) => readZip(zip).reduce((sum, part) => sum + part.data.length, 0);
    // Stored parts make the package bigger than its parts; deflated ones, much smaller.
    expect(deflated.length).toBeLessThan(partBytes(deflated) / 4);
    expect(stored.length).toBeGreaterThan(partBytes(stored));
    expect(readZip(stored).map((part) => part.name)).toEqual(readZip(deflated).map((part) => part.name));
  });
});
