import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/build/render-report.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';
import { textWidth } from '../../src/render/chart/parts/text-width.js';
import { sampleQuarter } from '../helpers/sample.js';

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

/** The w:tblGrid of each top-level table (not those nested in a cell). */
function topLevelGrids(xml: string): string[] {
  const grids: string[] = [];
  let depth = 0;
  for (const match of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:tblGrid>.*?<\/w:tblGrid>/g)) {
    if (match[0] === '<w:tbl>') depth += 1;
    else if (match[0] === '</w:tbl>') depth -= 1;
    else if (depth === 1) grids.push(match[0]);
  }
  return grids;
}

describe('the section tables of the sample', () => {
  const documents = new Map<string, string>();
  beforeAll(async () => {
    const { current, previous } = sampleQuarter('policing-protocol');
    const { files } = await renderReport({ current, previous, history: [previous!, current], languages: ['en', 'cy'], formats: ['docx'], draft: false, timestamp: new Date('2023-10-01T00:00:00Z') });
    for (const file of files) documents.set(file.language!, await documentXml(file.content as Uint8Array));
  }, 60_000);

  it('share one column grid in both languages, a section all N/A too', () => {
    // Each language: the counts table first, then one table per section.
    const english = topLevelGrids(documents.get('en')!).slice(1);
    const welsh = topLevelGrids(documents.get('cy')!).slice(1);
    expect(english).toHaveLength(21);
    expect(new Set([...english, ...welsh]).size).toBe(1);
    // The rating column holds "Amherthnasol" on one line.
    const rating = Number(/<w:gridCol w:w="\d+"\/><w:gridCol w:w="(\d+)"/.exec(english[0]!)![1]);
    expect(rating).toBeGreaterThan(textWidth('Amherthnasol', 220, true) + 114);
  });

  it('sets the N/A cell as a rating cell: bold and centred', () => {
    const cell = /<w:tc>(?:(?!<w:tc>).)*?<w:t[^>]*>N\/A<\/w:t>.*?<\/w:tc>/s.exec(documents.get('en')!)![0];
    expect(cell).toContain('<w:jc w:val="center"/>');
    expect(cell).toContain('<w:b/>');
  });
});

describe('a table inside an update', () => {
  const markdown = [
    ':::::table{.actions}',
    '::::row',
    '::th[Action]',
    '::th[RAG]',
    '::th[Update]',
    '::::',
    '::::row',
    '::td[An action]',
    '::td[Amber]{rag="amber" colour="#FFC000"}',
    ':::td',
    '',
    '| | | | |',
    '|---|---|---|---|',
    '| PERSONAL | SAFEGUARDING | TRAINING | OUTCOME |',
    '| 1 | 2 | 3 | 4 |',
    '',
    '| Survey | Responses |',
    '|---|---:|',
    '| Online | 412 |',
    '',
    'Text after the tables.',
    '',
    ':::',
    '::::',
    ':::::',
  ].join('\n');
  let xml: string;
  beforeAll(async () => {
    const bytes = await renderDocx(parseReportMarkdown(markdown), {
      title: 'T', subject: 'S', creator: 'C', language: 'en-GB', pageLabel: 'Page {page} of {pages}', timestamp: new Date('2023-10-01T00:00:00Z'),
    });
    xml = await documentXml(bytes);
  });
  const nested = () => [...xml.matchAll(/<w:tbl>(?:(?!<w:tbl>).)*?<\/w:tbl>/gs)].map((match) => match[0]);

  it('has no header row when its Markdown header row is empty, and keeps one that has text', () => {
    const [headerless, survey] = nested();
    expect(headerless).not.toContain('<w:tblHeader/>');
    expect(headerless).not.toContain('w:fill="F2F2F2"');
    expect(headerless!.match(/<w:tr>/g)).toHaveLength(2);
    expect(survey).toContain('<w:tblHeader/>');
  });

  it('gives each column room for its longest word, setting the text smaller rather than breaking a word', () => {
    const [headerless, survey] = nested();
    const columns = [...headerless!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]));
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(headerless!)![1]);
    expect(size).toBeLessThan(22);
    expect(size).toBeGreaterThanOrEqual(16);
    const words = ['PERSONAL', 'SAFEGUARDING', 'TRAINING', 'OUTCOME'];
    for (const [index, word] of words.entries()) expect(columns[index], word).toBeGreaterThan(textWidth(word, size * 10, true) + 216);
    // A table whose words fit keeps the body size.
    expect(survey).not.toMatch(/<w:sz w:val="\d+"\/>/);
  });

  it('stands apart from the table after it', () => {
    expect(xml).not.toMatch(/<\/w:tbl><w:tbl>/);
  });
});
