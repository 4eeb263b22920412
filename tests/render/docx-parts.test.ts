import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePng } from '../../src/render/chart/encode-png.js';
import { type DocxDocumentOptions, renderDocx } from '../../src/render/docx/index.js';
import { readParts } from '../../src/render/docx/package/docx-parts.js';
import { splitForRendering } from '../../src/render/docx/split-for-rendering.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';

// A large report is built into docx a part at a time and the parts joined. Built whole and in
// parts of two table rows, the same report must read the same: text, lists and their numbers,
// links, bookmarks, images.

const row = (action: string, update: string) => `::::row\n:::td\n${action}\n:::\n::td[Green]{rag="green" colour="#00B050"}\n:::td\n${update}\n:::\n::::`;
const table = (rows: string[]) => `:::::table\n::::row\n::th[Action]\n::th[RAG]\n::th[Update]\n::::\n${rows.join('\n')}\n:::::`;

function section(number: number): string {
  return [
    `## Section ${number}`,
    `Read [the plan ${number}](https://example.org/plan/${number}) or go back to [section 1](#section-1).`,
    '1. first step\n2. second step\n3. third step',
    table([
      row(`Action ${number}.1`, `- done ${number}\n- next ${number}`),
      row(`Action ${number}.2`, `1. one\n2. two\n\nSee [the notes](https://example.org/notes/${number}).`),
      row(`Action ${number}.3`, number === 3 ? '![Chart of section 3](chart.png)' : `**Bold** and _italic_ ${number}`),
    ]),
  ].join('\n\n');
}

const markdown = `# Report\n\n## Contents\n\n${[1, 2, 3, 4].map((n) => `- [Section ${n}](#section-${n})`).join('\n')}\n\n${[1, 2, 3, 4].map(section).join('\n\n')}\n`;

const OPTIONS: DocxDocumentOptions = {
  title: 'Parts',
  subject: 'A report built in parts',
  creator: 'rag-report tests',
  language: 'en-GB',
  pageLabel: 'Page {page} of {pages}',
  timestamp: new Date('2023-10-02T00:00:00Z'),
  images: async () => encodePng(new Uint8Array(40 * 20 * 4).fill(180), 40, 20),
};

let whole: Uint8Array;
let inParts: Uint8Array;

beforeAll(async () => {
  whole = await renderDocx(parseReportMarkdown(markdown), OPTIONS);
  inParts = await renderDocx(parseReportMarkdown(markdown), OPTIONS, { rowsPerPart: 2 });
});

describe('a report built in parts', () => {
  it('is split into several parts at top-level blocks, or kept whole when it has definitions', () => {
    const tree = parseReportMarkdown(markdown);
    const parts = splitForRendering(tree, 2);
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.flatMap((part) => part.children)).toEqual(tree.children);
    expect(splitForRendering(parseReportMarkdown(`${markdown}\nA note[^1].\n\n[^1]: The note.\n`), 2)).toHaveLength(1);
  });

  it('reads the same as the report built whole: text, lists, links, bookmarks and images', async () => {
    const html = async (bytes: Uint8Array) => (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    const wholeHtml = await html(whole);
    expect(wholeHtml).toContain('<img alt="Chart of section 3" src="data:image/png;base64,');
    expect(wholeHtml).toContain('href="https://example.org/notes/4"');
    expect(wholeHtml).toMatch(/<a href="#[^"]+">Section 4<\/a>/);
    expect(await html(inParts)).toBe(wholeHtml);
  });

  it('keeps each list numbered on its own and every relationship and bookmark id unique', () => {
    const document = readParts(inParts).get('word/document.xml') as string;
    const numbering = readParts(inParts).get('word/numbering.xml') as string;
    const used = new Set([...document.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((match) => match[1]));
    const defined = [...numbering.matchAll(/<w:num w:numId="(\d+)">/g)].map((match) => match[1]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
    const relationships = readParts(inParts).get('word/_rels/document.xml.rels') as string;
    const relationshipIds = [...relationships.matchAll(/ Id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(relationshipIds).size).toBe(relationshipIds.length);
    for (const [, id] of document.matchAll(/ r:(?:id|embed)="([^"]+)"/g)) expect(relationshipIds).toContain(id);
    const bookmarkIds = [...document.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((match) => match[1]);
    expect(bookmarkIds).toHaveLength(6); // the title, Contents and four sections
    expect(new Set(bookmarkIds).size).toBe(6);
  });

  it.skipIf(spawnSync('soffice', ['--version']).error !== undefined || spawnSync('pdftotext', ['-v']).error !== undefined)(
    'lays out the same in LibreOffice, list numbers and page numbers included',
    async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'rag-parts-'));
      try {
        const text = (name: string, bytes: Uint8Array) => {
          writeFileSync(path.join(folder, `${name}.docx`), bytes);
          execFileSync('soffice', [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', folder, path.join(folder, `${name}.docx`)], { stdio: 'ignore' });
          return execFileSync('pdftotext', ['-layout', path.join(folder, `${name}.pdf`), '-'], { encoding: 'utf8' });
        };
        const wholeText = text('whole', whole);
        expect(wholeText).toMatch(/3\.\s+third step/);
        expect(text('parts', inParts)).toBe(wholeText);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
