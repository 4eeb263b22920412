import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type DocxDocumentOptions, renderDocx } from '../../src/render/docx/index.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const markdown = '## RAG status comparison\n\n![Bar chart: 15 amber and 35 green this quarter](comparison.png)\n';
const base: DocxDocumentOptions = { title: 'T', subject: 'S', creator: 'C', language: 'en-GB', pageLabel: 'Page {page} of {pages}', timestamp: new Date('2023-10-02T09:30:00Z') };

describe('renderDocx: images', () => {
  it('embeds the images the loader returns, with their alt text, deterministically', async () => {
    const requested: string[] = [];
    const options = { ...base, images: (url: string) => (requested.push(url), new Uint8Array(PNG)) };
    const bytes = await renderDocx(parseReportMarkdown(markdown), options);
    expect(requested).toEqual(['comparison.png']);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((name) => name.startsWith('word/media/'))).toHaveLength(1);
    const document = await zip.file('word/document.xml')!.async('string');
    expect(document).toContain('descr="Bar chart: 15 amber and 35 green this quarter"');
    const again = await renderDocx(parseReportMarkdown(markdown), options);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('fails, naming the image, when the loader cannot load it', async () => {
    const options = { ...base, images: () => Promise.reject(new Error('no such file')) };
    await expect(renderDocx(parseReportMarkdown(markdown), options)).rejects.toThrow(/comparison\.png: no such file/);
  });
});
