import { rmSync } from 'node:fs';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/figures/index.js';
import { loadData } from '../../src/load/index.js';
import { loadLocale } from '../../src/locale/index.js';
import { previousReportQuarter, reportQuarter } from '../../src/model/index.js';
import { renderReport } from '../../src/build/render-report.js';
import { reportTree } from '../../src/render/markdown/report-tree.js';
import { englishOnlySample } from '../helpers/english-only.js';
import { SAMPLE_DATA } from '../helpers/sample.js';

/**
 * The Markdown, HTML and docx of one report are three writers of one tree:
 * a reader of any of them reads the same words in the same order (headings,
 * figures, sentences, every update). Captions are left out of the comparison:
 * the docx shows a section table's caption as its heading, which it repeats.
 */
const englishOnly = englishOnlySample();
afterAll(() => rmSync(englishOnly, { recursive: true, force: true }));

const cases = [
  { data: SAMPLE_DATA, report: 'policing-protocol', language: 'en' },
  { data: SAMPLE_DATA, report: 'policing-protocol', language: 'cy' },
  { data: SAMPLE_DATA, report: 'business-plan', language: 'en' },
  { data: SAMPLE_DATA, report: 'business-plan', language: 'cy' },
  { data: englishOnly, report: 'business-plan', language: 'en' },
  { data: englishOnly, report: 'policing-protocol', language: 'en' },
] as const;

describe.each(cases)('the $language documents of $report ($data)', ({ data, report, language }) => {
  it('read the same words in the same order in Markdown, HTML and docx', async () => {
    const loaded = loadData({ dataDir: data, report, quarter: '2023Q2' });
    const current = reportQuarter(loaded.reports[0]!, '2023Q2')!;
    const previous = previousReportQuarter(loaded.reports[0]!, current);
    const request = { current, previous, history: previous ? [previous, current] : [current], languages: [language], formats: ['md', 'html', 'docx'] as const, draft: false, timestamp: new Date('2023-10-02T00:00:00Z') };
    const { files, problems } = await renderReport({ ...request, formats: [...request.formats] });
    expect(problems).toEqual([]);
    const file = (ending: string) => files.find((rendered) => rendered.name.endsWith(ending))!.content;
    const captions = captionsOf(reportTree({ current, previous, summary: summarise(current, previous), locale: loadLocale(language), draft: false, narrative: undefined, charts: [] }));

    const markdown = markdownWords(file(`.${language}.md`) as string, captions);
    const html = htmlWords(file(`.${language}.html`) as string, captions);
    const docx = docxWords(file(`.${language}.docx`) as Uint8Array, captions);
    expect(markdown.length).toBeGreaterThan(1000);
    expect(firstDifference(html, markdown)).toBeUndefined();
    expect(firstDifference(docx, markdown)).toBeUndefined();
  });
});

function captionsOf(tree: Root): Set<string> {
  return new Set(tree.children.flatMap((node) => (node.type === 'table' && (node as Table & { data?: { caption?: string } }).data?.caption ? [normalise((node.data as { caption: string }).caption)] : [])));
}

/** Where two word lists first part, with some words either side; undefined when they agree. */
function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  const at = a.findIndex((word, index) => word !== b[index]);
  if (at === -1 && a.length === b.length) return undefined;
  const index = at === -1 ? Math.min(a.length, b.length) : at;
  return `at word ${index}: «${a.slice(index - 8, index + 8).join(' ')}» against «${b.slice(index - 8, index + 8).join(' ')}»`;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function words(blocks: readonly string[], captions: ReadonlySet<string>): string[] {
  return blocks.map(normalise).filter((block) => block && !captions.has(block)).join(' ').split(' ');
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'html']);

/** The .md as GitHub reads it: the report tables' tags dropped, the text in and between them kept. */
function markdownWords(markdown: string, captions: ReadonlySet<string>): string[] {
  const blocks: string[] = [];
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'html') {
      for (const line of node.value.split('\n')) blocks.push(decode(line.replace(/<caption>.*<\/caption>/, '').replace(/<[^>]+>/g, ' ')));
      return;
    }
    if (BLOCKS.has(node.type)) return void blocks.push(toString(node, { includeImageAlt: false }));
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown));
  return words(blocks, captions);
}

function htmlWords(html: string, captions: ReadonlySet<string>): string[] {
  const body = html.slice(html.indexOf('<body'), html.indexOf('</body>'));
  const text = body
    .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
    .replace(/<caption>[\s\S]*?<\/caption>/g, ' ')
    .replace(/<\/?(p|h[1-6]|li|td|th|tr|table|div|nav|figure|ul|ol|main|header|section)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return words(decode(text).split('\n'), captions);
}

function docxWords(bytes: Uint8Array, captions: ReadonlySet<string>): string[] {
  const xml = strFromU8(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']!);
  const paragraphs = xml.split('</w:p>').map((paragraph) => decode([...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')));
  return words(paragraphs, captions);
}

function decode(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|quot|apos|amp);/gi, (_, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number.parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10)) : named[name]!,
  );
}
