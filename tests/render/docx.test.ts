import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { type DocxDocumentOptions, renderDocx } from '../../src/render/docx/index.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/docx/report/', import.meta.url));
const markdown = readFileSync(join(FIXTURE, 'input.md'), 'utf8');
const TIMESTAMP = new Date('2023-10-02T09:30:00Z');

function options(language: 'en-GB' | 'cy-GB'): DocxDocumentOptions {
  const english = language === 'en-GB';
  return {
    title: english ? 'The Policing Protocol Order 2011' : 'Gorchymyn Protocol Plismona 2011',
    subject: english ? 'Quarter 2 2023/24 Summary Performance Report' : 'Adroddiad Perfformiad Cryno Chwarter 2 2023/24',
    creator: english ? 'Police and Crime Commissioner for Dyfed-Powys' : 'Comisiynydd Heddlu a Throseddu Dyfed-Powys',
    description: english ? 'Progress & ratings' : 'Cynnydd a statws',
    language,
    pageLabel: english ? 'Page {page} of {pages}' : 'Tudalen {page} o {pages}',
    timestamp: TIMESTAMP,
  };
}

interface Rendered {
  bytes: Uint8Array;
  zip: JSZip;
  part: (name: string) => Promise<string>;
}

async function render(language: 'en-GB' | 'cy-GB'): Promise<Rendered> {
  const bytes = await renderDocx(parseReportMarkdown(markdown), options(language));
  const zip = await JSZip.loadAsync(bytes);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the docx`);
    return file.async('string');
  };
  return { bytes, zip, part };
}

/** Innermost table cells: a nested table's cells, not the cell around it. */
function innermostCells(xml: string): string[] {
  return xml.match(/<w:tc>(?:(?!<w:tc>).)*?<\/w:tc>/gs) ?? [];
}

/** One element per line, so that a snapshot diff shows what moved. */
function pretty(xml: string): string {
  return `${xml.replace(/(<w:(?:p|tbl|tr|tc|sectPr|bookmarkStart|hyperlink)[\s>])/g, '\n$1')}\n`;
}

let english: Rendered;
let welsh: Rendered;
let document: string;

beforeAll(async () => {
  english = await render('en-GB');
  welsh = await render('cy-GB');
  document = await english.part('word/document.xml');
});

describe('renderDocx: tables', () => {
  it('shades the amber cell with its colour and writes the word Amber in it, bold', () => {
    const amber = innermostCells(document).filter((cell) => cell.includes('w:fill="FFC000"'));
    expect(amber).toHaveLength(1);
    expect(amber[0]).toMatch(/<w:shd w:fill="FFC000" w:color="auto" w:val="clear"\/>/);
    expect(amber[0]).toContain('>Amber</w:t>');
    expect(amber[0]).toContain('<w:b/>');
    // Black on amber contrasts more than white does.
    expect(amber[0]).toContain('<w:color w:val="000000"/>');
  });

  it('shades the green cell and writes Green in it', () => {
    const green = innermostCells(document).filter((cell) => cell.includes('w:fill="00B050"'));
    expect(green).toHaveLength(1);
    expect(green[0]).toContain('>Green</w:t>');
  });

  it('marks header rows to repeat on each page, bold, and leaves body rows free to split', () => {
    const rows = document.match(/<w:tr>(?:(?!<w:tr>).)*?<\/w:tr>/gs) ?? [];
    const headerRows = rows.filter((row) => row.includes('<w:tblHeader/>'));
    expect(headerRows.map((row) => row.match(/<w:t[^>]*>([^<]*)<\/w:t>/)?.[1])).toEqual(['Action Required', 'Survey', 'Rating']);
    for (const row of headerRows) expect(row).toContain('<w:b/>');
    expect(document.match(/<w:cantSplit\/>/g)).toHaveLength(headerRows.length);
  });

  it('makes the action table the full text width, about 35/12/53', () => {
    const grid = document.match(/<w:tblGrid>(.*?)<\/w:tblGrid>/)![1]!;
    const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((match) => Number(match[1]));
    const total = widths.reduce((sum, width) => sum + width, 0);
    expect(total).toBe(11906 - 2 * 1134);
    expect(document).toContain(`<w:tblW w:type="dxa" w:w="${total}"/>`);
    expect(widths.map((width) => Math.round((100 * width) / total))).toEqual([35, 12, 53]);
  });

  it('nests the update table inside its cell and ends every cell with a paragraph', () => {
    expect(document).toMatch(/<w:tc>(?:(?!<\/w:tc>).)*<w:tbl>.*>Online<.*?<\/w:tbl><w:p>/s);
    expect(document).not.toContain('</w:tbl></w:tc>');
  });

  it('keeps the GFM column alignment', () => {
    const cell = innermostCells(document).find((xml) => xml.includes('>412<'));
    expect(cell).toContain('<w:jc w:val="right"/>');
  });
});

describe('renderDocx: headings and links', () => {
  it('uses Word heading styles', () => {
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('wraps each heading in a bookmark that the contents links jump to', () => {
    const starts = [...document.matchAll(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/g)];
    const names = starts.map((match) => match[1]!);
    const ids = starts.map((match) => match[2]!);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
    for (const id of ids) expect(document).toContain(`<w:bookmarkEnd w:id="${id}"/>`);

    const anchors = [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="([^"]+)">/g)].map((match) => match[1]!);
    expect(anchors).toHaveLength(3);
    for (const anchor of anchors) expect(names).toContain(anchor);

    const heading = document.match(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/><\/w:pPr><w:bookmarkStart w:name="([^"]+)"[^>]*\/>(?:(?!<\/w:p>).)*>17a – Set the strategic direction</s);
    const link = document.match(/<w:hyperlink w:history="1" w:anchor="([^"]+)">(?:(?!<\/w:hyperlink>).)*>17a – Set the strategic direction</s);
    expect(heading?.[1]).toBeDefined();
    expect(link?.[1]).toBe(heading?.[1]);
  });

  it('keeps other links external, with a stable relationship id', async () => {
    expect(document).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">');
    const rels = await english.part('word/_rels/document.xml.rels');
    expect(rels).toContain('Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.dyfedpowys-pcc.org.uk/" TargetMode="External"');
  });

  it('renders the footnote in Word footnote style', async () => {
    expect(document).toContain('<w:footnoteReference w:id="1"/>');
    const footnotes = await english.part('word/footnotes.xml');
    expect(footnotes).toMatch(/<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"\/>.*July, August and September 2023\./s);
    expect(footnotes).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">');
    expect(await english.part('word/_rels/footnotes.xml.rels')).toContain('Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.gov.uk/government/publications"');
  });
});

describe('renderDocx: page, language and properties', () => {
  it('is A4 portrait with 2 cm margins', () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
  });

  it('has a centred footer with PAGE and NUMPAGES fields', async () => {
    const reference = document.match(/<w:sectPr><w:footerReference w:type="default" r:id="([^"]+)"\/>/);
    expect(reference).not.toBeNull();
    const rels = await english.part('word/_rels/document.xml.rels');
    expect(rels).toContain(`Id="${reference![1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"`);
    const types = await english.part('[Content_Types].xml');
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" PartName="/word/footer1.xml"');
    const footer = await english.part('word/footer1.xml');
    expect(footer).toContain('<w:pStyle w:val="Footer"/>');
    expect(footer).toMatch(/>Page <\/w:t>.*<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.*> of <\/w:t>.*<w:instrText xml:space="preserve"> NUMPAGES <\/w:instrText>/s);
    expect(await english.part('word/styles.xml')).toMatch(/<w:style w:type="paragraph" w:styleId="Footer">.*?<w:jc w:val="center"\/>/s);
  });

  it('tags every run, the defaults, the settings and the footer as Welsh in the Welsh report', async () => {
    const welshDocument = await welsh.part('word/document.xml');
    const texts = welshDocument.match(/<w:r>(?:(?!<\/w:r>).)*<w:t[ >]/gs)!;
    for (const run of texts) expect(run).toContain('<w:lang w:val="cy-GB"/>');
    expect(await welsh.part('word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="cy-GB"\/>.*<\/w:rPrDefault>/s);
    expect(await welsh.part('word/settings.xml')).toContain('<w:themeFontLang w:val="cy-GB"/>');
    const footer = await welsh.part('word/footer1.xml');
    expect(footer).toContain('<w:lang w:val="cy-GB"/>');
    expect(footer).toContain('>Tudalen </w:t>');
    for (const name of Object.keys(welsh.zip.files)) {
      if (name.endsWith('.xml')) expect(await welsh.part(name), name).not.toContain('en-GB');
    }
  });

  it('fills the document properties, with fixed dates', async () => {
    const core = await welsh.part('docProps/core.xml');
    expect(core).toContain('<dc:title>Gorchymyn Protocol Plismona 2011</dc:title>');
    expect(core).toContain('<dc:subject>Adroddiad Perfformiad Cryno Chwarter 2 2023/24</dc:subject>');
    expect(core).toContain('<dc:creator>Comisiynydd Heddlu a Throseddu Dyfed-Powys</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Comisiynydd Heddlu a Throseddu Dyfed-Powys</cp:lastModifiedBy>');
    expect(core).toContain('<dc:description>Cynnydd a statws</dc:description>');
    expect(core).toContain('<dc:language>cy-GB</dc:language>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2023-10-02T09:30:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-10-02T09:30:00Z</dcterms:modified>');
    expect(await english.part('docProps/core.xml')).toContain('<dc:description>Progress &amp; ratings</dc:description>');
  });

  it('uses Arial 11pt for the body', async () => {
    expect(await english.part('word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"[^>]*\/><w:sz w:val="22"\/>/);
  });
});

describe('renderDocx: the package', () => {
  it('defines every style that a part refers to, and each style once', async () => {
    const styles = await english.part('word/styles.xml');
    const defined = [...styles.matchAll(/<w:style [^>]*w:styleId="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(defined).size).toBe(defined.length);
    const parts = Object.keys(english.zip.files).filter((name) => name.startsWith('word/') && name.endsWith('.xml'));
    const xml = (await Promise.all(parts.map((name) => english.part(name)))).join('');
    const referenced = new Set([...xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle|basedOn|next|link) w:val="([^"]+)"/g)].map((match) => match[1]));
    for (const style of referenced) expect(defined, style).toContain(style);
  });

  it('gives byte-identical output for the same tree and options', async () => {
    const tree = parseReportMarkdown(markdown);
    const [first, second] = await Promise.all([renderDocx(tree, options('en-GB')), renderDocx(tree, options('en-GB'))]);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(english.bytes))).toBe(true);
  });

  it('dates every zip entry with the timestamp, in a fixed order, without folder entries', () => {
    const entries = Object.values(english.zip.files);
    for (const entry of entries) expect(entry.date.toISOString(), entry.name).toBe(TIMESTAMP.toISOString());
    expect(entries.some((entry) => entry.dir)).toBe(false);
    expect(entries.slice(0, 2).map((entry) => entry.name)).toEqual(['[Content_Types].xml', '_rels/.rels']);
  });

  it('matches the snapshot of word/document.xml (UPDATE=1 rewrites it)', () => {
    const snapshot = join(FIXTURE, 'document.xml');
    if (process.env.UPDATE || !existsSync(snapshot)) writeFileSync(snapshot, pretty(document));
    expect(pretty(document)).toBe(readFileSync(snapshot, 'utf8'));
  });

  it('rejects bad options, naming the option', async () => {
    const tree = parseReportMarkdown('Text');
    await expect(renderDocx(tree, { ...options('en-GB'), language: 'Welsh' })).rejects.toThrow(/option `language` is "Welsh"/);
    await expect(renderDocx(tree, { ...options('en-GB'), timestamp: new Date('nope') })).rejects.toThrow(/option `timestamp`/);
  });
});

describe('renderDocx: read back by other readers', () => {
  it('reads back with mammoth: cell text, the nested list and table', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(english.bytes) });
    for (const expected of ['Action Required', 'Development of the Police and Crime Plan in line with requirements', 'Amber', 'Green',
      'consultation closes in October', 'the Panel will review the final draft', 'Online', '412', 'Events', '57',
      'The Annual Report has been published.']) {
      expect(text).toContain(expected);
    }
  });

  it('reads back with mammoth as headings, lists, tables, footnotes and working contents links', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(english.bytes) });
    expect(html).toContain('<h1>');
    expect(html).toMatch(/<h2><a id="(h_17a_[^"]+)"><\/a>17a – Set the strategic direction<\/h2>/);
    const target = html.match(/<h2><a id="(h_17a_[^"]+)">/)![1];
    expect(html).toContain(`<a href="#${target}">17a – Set the strategic direction</a>`);
    expect(html).toMatch(/<table>.*<table>.*Online.*<\/table>.*<\/table>/s);
    expect(html).toMatch(/<ul><li>consultation closes in October<\/li><li>the Panel will review the final draft<\/li><\/ul>/);
    expect(html).toContain('July, August and September 2023.');
  });

  const soffice = spawnSync('which', ['soffice']).status === 0;
  it.skipIf(!soffice)('opens in LibreOffice', { timeout: 120_000 }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rag-report-docx-'));
    try {
      writeFileSync(join(folder, 'report.docx'), welsh.bytes);
      execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${join(folder, 'profile')}`,
        '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', folder, join(folder, 'report.docx')], { stdio: 'pipe', timeout: 110_000 });
      const text = readFileSync(join(folder, 'report.txt'), 'utf8');
      expect(text).toContain('Amber');
      expect(text).toContain('consultation closes in October');
      expect(text).toContain('412');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
