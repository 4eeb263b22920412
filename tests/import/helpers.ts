import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse } from 'yaml';
import { runCli, type CliResult } from '../helpers/run-cli.js';
import { copyOfData, temporaryFolder } from '../helpers/temporary-folder.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const SAMPLE = path.join(REPO, 'data');
export const WORD = path.join(REPO, 'tests/fixtures/import');

export { temporaryFolder };

/** A copy of the sample data as `<tmp>/data`; returns `<tmp>`. */
export function copyOfSample(): string {
  return copyOfData(SAMPLE);
}

/** `rag-report <argv>` in-process from `cwd`. */
export function run(argv: readonly string[], cwd: string): Promise<CliResult> {
  return runCli(argv, cwd);
}

/** A word fixture's path; a missing one fails the test and says where it comes from. */
export function wordFixture(name: string): string {
  const file = path.join(WORD, name);
  try {
    readFileSync(file);
  } catch {
    throw new Error(`missing fixture ${file}: copy it from the Word reports made from data/ (see tests/fixtures/import/README.md)`);
  }
  return file;
}

export function readYaml(file: string): any {
  return parse(readFileSync(file, 'utf8'));
}

/** Every file under `dir`, relative, to show that nothing was written. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else files.push(name);
    }
  };
  walk('');
  return files.sort();
}

const markdown = unified().use(remarkParse).use(remarkGfm);

/** Markdown as its syntax tree without positions: two texts are the same Markdown when these are equal. */
export function markdownTree(text: string): unknown {
  return strip(markdown.parse(text.trim()));
}

function strip(node: any): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position').map(([key, value]) => [key, strip(value)]));
}

/** The same tree with bold and italic unwrapped into their text. */
export function withoutEmphasis(tree: any): unknown {
  if (Array.isArray(tree)) return mergeText(tree.flatMap((node) => (node?.type === 'strong' || node?.type === 'emphasis' ? (withoutEmphasis(node.children) as unknown[]) : [withoutEmphasis(node)])));
  if (!tree || typeof tree !== 'object') return tree;
  return Object.fromEntries(Object.entries(tree).map(([key, value]) => [key, withoutEmphasis(value)]));
}

function mergeText(nodes: any[]): any[] {
  const merged: any[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (last?.type === 'text' && node?.type === 'text') merged[merged.length - 1] = { ...last, value: last.value + node.value };
    else merged.push(node);
  }
  return merged;
}

// ---- Small Word documents made in the test, for the cases the fixtures do not cover ----

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** <w:p> with the text; `style` a paragraph style id, `bold` all runs bold. */
export function paragraph(text: string, { style, bold }: { style?: string; bold?: boolean } = {}): string {
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  const run = text ? `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '';
  return `<w:p>${properties}${run}</w:p>`;
}

/** A cell: its content XML (paragraphs) and an optional fill. */
export function cell(content: string, fill?: string): string {
  const shading = fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : '';
  return `<w:tc><w:tcPr><w:tcW w:w="2880" w:type="dxa"/>${shading}</w:tcPr>${content || '<w:p/>'}</w:tc>`;
}

export function table(rows: readonly (readonly string[])[]): string {
  return `<w:tbl><w:tblPr/>${rows.map((row) => `<w:tr>${row.join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** An action table: header, then rows of [action, rating word, fill, update]. */
export function actionTable(rows: readonly (readonly [string, string, string | undefined, string])[]): string {
  const header = [cell(paragraph('Action Required')), cell(paragraph('RAG')), cell(paragraph('Quarter 1 Progress Update'))];
  return table([header, ...rows.map(([action, word, fill, update]) => [cell(paragraph(action)), cell(paragraph(word), fill), cell(paragraph(update))])]);
}

/** A minimal .docx (as Word's package) holding `body` as word/document.xml's body. */
export function docx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
    ...Object.fromEntries(Object.entries(extra).map(([name, text]) => [name, strToU8(text)])),
  });
}
