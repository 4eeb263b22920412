import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { actionTable, copyOfSample, docx, listFiles, paragraph, run, temporaryFolder, wordFixture } from './helpers.js';

/** Writes `bytes` as `name` in a new folder with an empty data folder, imports it, and returns the result and what the data folder holds after. */
async function importBytes(name: string, bytes: Uint8Array | string) {
  const root = temporaryFolder();
  mkdirSync(path.join(root, 'data'));
  writeFileSync(path.join(root, name), bytes);
  const result = await run(['import', name, '--report', 'policing-protocol', '--quarter', '2023Q1'], root);
  return { result, written: listFiles(path.join(root, 'data')) };
}

/** The header of a Compound File Binary, as Word writes a password-protected document or a 97-2003 .doc. */
function compoundFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Buffer.from(streamName, 'utf16le'), 1024);
  return bytes;
}

describe('import of a file it cannot read', () => {
  const cases: [string, string, Uint8Array | string, RegExp][] = [
    ['a text file', 'notes.docx', 'These are my notes, not a Word document.\n', /notes\.docx is not a Word document \(\.docx\)/],
    ['a password-protected document', 'locked.docx', compoundFile('EncryptedPackage'), /locked\.docx is protected with a password/],
    ['a Word 97-2003 document', 'old.doc', compoundFile('WordDocument'), /old\.doc is an old Word 97-2003 document/],
    ['a zip that is not a Word document', 'sheet.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), /sheet\.docx is a zip package but not a Word document/],
    ['a document cut short', 'cut.docx', readFileSync(wordFixture('policing-protocol-2023Q2.docx')).subarray(0, 20000), /cut\.docx is damaged and cannot be opened/],
    ['a document whose XML is broken', 'broken.docx', docx('<w:p><w:r><w:t>Unclosed</w:r></w:p>'), /broken\.docx is damaged: its text \(word\/document\.xml\) is not well-formed XML/],
    [
      'a document with no action table',
      'letter.docx',
      docx(paragraph('Dear Panel', { style: 'Heading1' }) + paragraph('Please find the report attached.')),
      /letter\.docx has no action tables: no table has a header row such as "Action Required \| RAG \| Progress Update"/,
    ],
  ];
  for (const [what, name, bytes, message] of cases) {
    it(`says what is wrong with ${what}, exits 2 and writes nothing`, async () => {
      const { result, written } = await importBytes(name, bytes);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).toMatch(/hint: /);
      expect(result.stderr).not.toMatch(/\bat \S+:\d+:\d+/); // no stack trace
      expect(result.exitCode).toBe(2);
      expect(written).toEqual([]);
    });
  }

  it('says so when the file does not exist', async () => {
    const root = temporaryFolder();
    const result = await run(['import', 'missing.docx', '--report', 'r', '--quarter', '2023Q1'], root);
    expect(result.stderr).toContain('no file at missing.docx');
    expect(result.exitCode).toBe(2);
  });

  it('refuses a quarter that exists and changes nothing', async () => {
    const root = copyOfSample();
    const before = listFiles(path.join(root, 'data'));
    const result = await run(['import', wordFixture('policing-protocol-2023Q2.docx'), '--report', 'policing-protocol', '--quarter', '2023Q2'], root);
    expect(result.stderr).toContain('data/policing-protocol/2023Q2 already exists');
    expect(result.stderr).toContain('import never changes a quarter that exists');
    expect(result.exitCode).toBe(2);
    expect(listFiles(path.join(root, 'data'))).toEqual(before);
  });
});

describe('import of a document whose rows cannot all be read', () => {
  it('names the section and row of a shade close to no rating, and of an empty rating cell, and writes nothing', async () => {
    const body =
      paragraph('17a) Set the strategic direction', { style: 'Heading2' }) +
      actionTable([
        ['Publish the plan', '', '00B050', 'Published.'],
        ['Review the plan', '', '7030A0', 'Reviewed.'],
        ['Consult the public', '', undefined, 'Consulted.'],
      ]);
    const { result, written } = await importBytes('purple.docx', docx(body));
    expect(result.stderr).toContain(
      'import-no-rating  under "17a) Set the strategic direction", row 2 ("Review the plan"): its RAG cell is shaded #7030A0, which is close to none of the scale\'s colours',
    );
    expect(result.stderr).toContain('row 3 ("Consult the public"): its RAG cell is empty');
    expect(result.stderr).not.toContain('row 1');
    expect(result.stderr).toContain('2 errors in purple.docx: nothing was written.');
    expect(result.exitCode).toBe(1);
    expect(written).toEqual([]);
  });

  it('does not guess a shade half-way between two ratings', async () => {
    const body = paragraph('Priority 1 – Victims', { bold: true }) + actionTable([['Support victims', '', 'E36C09', 'Supported.']]);
    const { result, written } = await importBytes('orange.docx', docx(body));
    expect(result.stderr).toContain('its RAG cell is shaded #E36C09, which is close to none');
    expect(result.exitCode).toBe(1);
    expect(written).toEqual([]);
  });
});

describe('import of XML no Word document holds', () => {
  it('refuses a DOCTYPE (entities that expand without end) and nesting past any real depth, writing nothing', async () => {
    const doctype = await importBytes(
      'entities.docx',
      docxWithDocument('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><w:document xmlns:w="x"><w:body/></w:document>'),
    );
    expect(doctype.result.stderr).toContain('entities.docx is damaged: its text (word/document.xml) is not well-formed XML: it declares a DOCTYPE');
    expect(doctype.result.exitCode).toBe(2);
    expect(doctype.written).toEqual([]);
    const deep = await importBytes('deep.docx', docx(`${'<w:tbl><w:tr><w:tc>'.repeat(200)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(200)}`));
    expect(deep.result.stderr).toContain('deep.docx is damaged');
    expect(deep.result.stderr).not.toContain('rag-report failed');
    expect(deep.result.exitCode).toBe(2);
  });
});

function docxWithDocument(xml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(xml) });
}
