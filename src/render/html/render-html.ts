import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { compileTemplate } from '../../templates/compile-template.js';
import { loadTemplate, templatePath } from '../../templates-path.js';
import { textColourFor } from '../colour/contrast.js';
import type { RichCellData, RichTableData } from '../markdown/rich-table.js';

export interface HtmlPageOptions {
  /** SVG documents to put inline in place of the images that refer to them by file name. */
  readonly inlineImages?: ReadonlyMap<string, string>;
  /** data: URLs to put in place of the images that refer to them by file name (the logo), so the page stays one file. */
  readonly dataUrls?: ReadonlyMap<string, string>;
  /** The BCP 47 tag of the page: "en-GB" or "cy-GB". */
  readonly language: string;
  readonly title: string;
  readonly description: string;
  /** The text of the heading whose list is the contents: that list is the page's <nav>. */
  readonly contentsHeading?: string;
}

// Raw HTML in the tree is dropped, never passed through: no script can reach the page.
const toHtml = unified().use(remarkRehype).use(rehypeStringify);

/** One self-contained, accessible page: semantic tables, ratings as word and colour, a print stylesheet. */
export function renderHtml(tree: Root, options: HtmlPageOptions): string {
  const prepared = inlineImages(shadeRatingCells(structuredClone(tree)), options.inlineImages ?? new Map(), options.dataUrls ?? new Map());
  const hast = toHtml.runSync(prepared) as HastRoot;
  finishTables(hast);
  if (options.contentsHeading) navigation(hast, options.contentsHeading);
  const body = toHtml.stringify(hast as never);
  const page = loadTemplate(templatePath('page.html.hbs'), (text) => compileTemplate('page.html.hbs', text));
  return page({ language: options.language, title: options.title, description: options.description, body });
}

function shadeRatingCells(tree: Root): Root {
  const visit = (node: { type: string; children?: unknown[]; data?: unknown }) => {
    if (node.type === 'tableCell') {
      const data = node.data as RichCellData | undefined;
      if (data?.rag?.colour) {
        const style = `background-color:${data.rag.colour};color:${textColourFor(data.rag.colour)}`;
        data.hProperties = { ...data.hProperties, style };
      }
    }
    if (node.type === 'table') {
      // Carried to the hast table, where `finishTables` makes it a <caption>.
      const data = node.data as RichTableData | undefined;
      if (data?.caption) data.hProperties = { ...data.hProperties, dataCaption: data.caption };
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return tree;
}

type MdNode = { type: string; url?: string; children?: MdNode[]; data?: Record<string, unknown> };

/**
 * Charts go into the page as inline SVG (with their own title and
 * description), the logo as a data: URL, so the page stays one file. A chart
 * alone in its paragraph takes the paragraph's place: a <figure> may not
 * stand inside a <p>.
 */
function inlineImages(tree: Root, images: ReadonlyMap<string, string>, dataUrls: ReadonlyMap<string, string>): Root {
  const figure = (node: MdNode): MdNode | undefined => {
    const svg = node.type === 'image' && node.url ? images.get(node.url) : undefined;
    if (!svg) return undefined;
    // A node type remark-rehype does not know becomes exactly what its data says: no src or alt.
    return { type: 'chartFigure', data: { hName: 'figure', hProperties: { className: ['chart'] }, hChildren: fromHtml(svg, { fragment: true, space: 'svg' }).children } };
  };
  const visit = (node: MdNode) => {
    const dataUrl = node.type === 'image' && node.url ? dataUrls.get(node.url) : undefined;
    if (dataUrl) node.url = dataUrl;
    if (!node.children) return;
    node.children = node.children.map((child) => {
      const only = child.type === 'paragraph' && child.children?.length === 1 ? child.children[0]! : undefined;
      return (only && figure(only)) ?? figure(child) ?? child;
    });
    for (const child of node.children) visit(child);
  };
  visit(tree as unknown as MdNode);
  return tree;
}

/**
 * Tables as the page needs them: a rich table's caption as its <caption>;
 * a Markdown table whose header row is empty (as tables pasted from Word
 * often are) without that row, since it heads nothing.
 */
function finishTables(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table') {
      const caption = child.properties.dataCaption;
      if (typeof caption === 'string') {
        delete child.properties.dataCaption;
        child.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: [{ type: 'text', value: caption }] });
      }
      dropEmptyHeader(child);
    }
    finishTables(child);
  }
}

function dropEmptyHeader(table: Element): void {
  const head = table.children.find((child): child is Element => child.type === 'element' && child.tagName === 'thead');
  if (!head || textOf(head).trim() !== '') return;
  table.children = table.children.filter((child) => child !== head);
}

function textOf(node: ElementContent | HastContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map((child) => textOf(child as ElementContent)).join('') : '';
}

/** The contents list, with its heading, as the page's <nav>, labelled by that heading. */
function navigation(root: HastRoot, heading: string): void {
  const index = root.children.findIndex((child) => child.type === 'element' && child.tagName === 'h2' && textOf(child) === heading);
  if (index === -1) return;
  const list = root.children.findIndex((child, at) => at > index && child.type === 'element');
  const listElement = root.children[list] as Element | undefined;
  if (!listElement || listElement.tagName !== 'ul') return;
  const headingElement = root.children[index] as Element;
  const nav: Element = {
    type: 'element',
    tagName: 'nav',
    properties: { ariaLabelledBy: String(headingElement.properties.id ?? '') },
    children: root.children.slice(index, list + 1) as ElementContent[],
  };
  root.children.splice(index, list - index + 1, nav);
}
