import type { Block, Cell, Paragraph, Run, Table } from './docx-model.js';
import type { DocumentStyles } from './read-styles.js';
import { numberingOf } from './read-styles.js';
import {
  attributesOf,
  childNamed,
  childrenNamed,
  childrenOf,
  isOn,
  parseXml,
  rootOf,
  tagOf,
  valueOf,
  type XmlNode,
} from './xml-node.js';

/** Containers whose content is read as if they were not there (content controls, tracked insertions, custom XML). */
const TRANSPARENT = new Set(['sdt', 'sdtContent', 'customXml', 'ins', 'smartTag', 'fldSimple', 'moveTo', 'dir', 'bdo']);

/** Word's highlighter colours that can carry a rating, as RRGGBB. */
const HIGHLIGHTS: Record<string, string> = {
  red: 'FF0000',
  darkRed: '800000',
  yellow: 'FFFF00',
  darkYellow: '808000',
  green: '00FF00',
  darkGreen: '008000',
};

interface Context {
  readonly styles: DocumentStyles;
  /** Relationship id → address, for hyperlinks. */
  readonly links: ReadonlyMap<string, string>;
}

/**
 * The body of word/document.xml as paragraphs and tables in document order,
 * or the reason it cannot be read. Takes the XML's structure, not its layout.
 */
export function readBody(documentXml: string, styles: DocumentStyles, relationshipsXml: string | undefined): { blocks: Block[] } | { error: string } {
  const parsed = parseXml(documentXml);
  if ('error' in parsed) return { error: `its text (word/document.xml) is not well-formed XML: ${parsed.error}` };
  const document = rootOf(parsed.nodes);
  const body = document && tagOf(document) === 'document' ? childNamed(document, 'body') : undefined;
  if (!body) return { error: 'its word/document.xml has no document body' };
  return { blocks: readBlocks(body, { styles, links: readLinks(relationshipsXml) }) };
}

function readBlocks(container: XmlNode, context: Context): Block[] {
  const blocks: Block[] = [];
  for (const node of childrenOf(container)) {
    const tag = tagOf(node);
    if (tag === 'p') blocks.push(readParagraph(node, context));
    else if (tag === 'tbl') blocks.push(readTable(node, context));
    else if (tag && TRANSPARENT.has(tag)) blocks.push(...readBlocks(node, context));
  }
  return blocks;
}

function readParagraph(node: XmlNode, context: Context): Paragraph {
  const properties = childNamed(node, 'pPr');
  const style = context.styles.style(valueOf(childNamed(properties, 'pStyle')));
  const outline = valueOf(childNamed(properties, 'outlineLvl'));
  const headingLevel = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style.headingLevel;
  const ownNumPr = childNamed(properties, 'numPr');
  const numbering = ownNumPr ? numberingOf(ownNumPr) : style.numbering;
  const list = numbering
    ? { ordered: context.styles.isOrdered(numbering.numId, numbering.level), level: numbering.level }
    : style.listKind && !ownNumPr
      ? { ordered: style.listKind === 'ordered', level: 0 }
      : undefined;
  return { kind: 'paragraph', runs: readRuns(node, context, undefined), ...(headingLevel ? { headingLevel } : {}), ...(list ? { list } : {}) };
}

function readRuns(container: XmlNode, context: Context, link: string | undefined): Run[] {
  const runs: Run[] = [];
  for (const node of childrenOf(container)) {
    const tag = tagOf(node);
    if (tag === 'r') {
      const run = readRun(node, link);
      if (run.text) runs.push(run);
    } else if (tag === 'hyperlink') {
      const attributes = attributesOf(node);
      const target = (attributes.id && context.links.get(attributes.id)) || link;
      runs.push(...readRuns(node, context, target));
    } else if (tag && TRANSPARENT.has(tag)) {
      runs.push(...readRuns(node, context, link));
    }
  }
  return runs;
}

function readRun(node: XmlNode, link: string | undefined): Run {
  const properties = childNamed(node, 'rPr');
  let text = '';
  for (const child of childrenOf(node)) {
    const tag = tagOf(child);
    if (tag === 't') text += childrenOf(child).map((part) => String(part['#text'] ?? '')).join('');
    else if (tag === 'tab' || tag === 'ptab') text += '\t';
    else if (tag === 'br' || tag === 'cr') text += isPageBreak(child) ? '' : '\n';
    else if (tag === 'noBreakHyphen') text += '-';
  }
  return {
    text,
    bold: isOn(childNamed(properties, 'b')),
    italic: isOn(childNamed(properties, 'i')),
    ...(link ? { link } : {}),
  };
}

function isPageBreak(node: XmlNode): boolean {
  const type = attributesOf(node).type;
  return type === 'page' || type === 'column';
}

function readTable(node: XmlNode, context: Context): Table {
  const rows = childrenNamed(node, 'tr').map((row) => rowCells(row).map((cell) => readCell(cell, context)));
  return { kind: 'table', rows };
}

/** A row's cells, those inside content controls included. */
function rowCells(row: XmlNode): XmlNode[] {
  return childrenOf(row).flatMap((node) => {
    const tag = tagOf(node);
    if (tag === 'tc') return [node];
    return tag && TRANSPARENT.has(tag) ? rowCells(node) : [];
  });
}

function readCell(node: XmlNode, context: Context): Cell {
  const properties = childNamed(node, 'tcPr');
  const merge = childNamed(properties, 'vMerge');
  return {
    blocks: readBlocks(node, context),
    shading: cellShading(node, properties),
    span: Number(valueOf(childNamed(properties, 'gridSpan')) ?? 1) || 1,
    mergedAbove: merge !== undefined && valueOf(merge) !== 'restart',
  };
}

/** The cell's fill; else a fill or highlight of its text, which some people use instead. */
function cellShading(cell: XmlNode, properties: XmlNode | undefined): string | undefined {
  const own = fillOf(childNamed(properties, 'shd'));
  if (own) return own;
  for (const paragraph of childrenNamed(cell, 'p')) {
    const fill = fillOf(childNamed(childNamed(paragraph, 'pPr'), 'shd'));
    if (fill) return fill;
    for (const run of childrenNamed(paragraph, 'r')) {
      const runProperties = childNamed(run, 'rPr');
      const colour = fillOf(childNamed(runProperties, 'shd')) ?? HIGHLIGHTS[valueOf(childNamed(runProperties, 'highlight')) ?? ''];
      if (colour) return colour;
    }
  }
  return undefined;
}

function fillOf(shd: XmlNode | undefined): string | undefined {
  const fill = shd ? attributesOf(shd).fill : undefined;
  return fill && /^[0-9A-Fa-f]{6}$/.test(fill) ? fill.toUpperCase() : undefined;
}

function readLinks(relationshipsXml: string | undefined): Map<string, string> {
  const links = new Map<string, string>();
  if (!relationshipsXml) return links;
  const parsed = parseXml(relationshipsXml);
  const root = 'error' in parsed ? undefined : rootOf(parsed.nodes);
  for (const node of root ? childrenNamed(root, 'Relationship') : []) {
    const { Id, Target, Type } = attributesOf(node);
    if (Id && Target && /\/hyperlink$/.test(Type ?? '')) links.set(Id, Target);
  }
  return links;
}

