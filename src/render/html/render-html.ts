import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { compileTemplate } from '../../templates/compile-template.js';
import { textColourFor } from '../colour/contrast.js';
import type { RichCellData } from '../markdown/rich-table.js';

export interface HtmlPageOptions {
  /** SVG documents to put inline in place of the images that refer to them by file name. */
  readonly inlineImages?: ReadonlyMap<string, string>;
  /** The BCP 47 tag of the page: "en-GB" or "cy-GB". */
  readonly language: string;
  readonly title: string;
  readonly description: string;
}

// Raw HTML in the tree is dropped, never passed through: no script can reach the page.
const toHtml = unified().use(remarkRehype).use(rehypeStringify);
let page: HandlebarsTemplateDelegate | undefined;

/** One self-contained, accessible page: semantic tables, ratings as word and colour, a print stylesheet. */
export function renderHtml(tree: Root, options: HtmlPageOptions): string {
  const prepared = inlineSvgImages(shadeRatingCells(structuredClone(tree)), options.inlineImages ?? new Map());
  const body = toHtml.stringify(toHtml.runSync(prepared) as never);
  page ??= compileTemplate('page.html.hbs');
  return page({ language: options.language, title: options.title, description: options.description, body });
}

function shadeRatingCells(tree: Root): Root {
  const visit = (node: { type: string; children?: unknown[]; data?: unknown }) => {
    if (node.type === 'tableCell') {
      const data = node.data as RichCellData | undefined;
      if (data?.rag) {
        const style = `background-color:${data.rag.colour};color:${textColourFor(data.rag.colour)}`;
        data.hProperties = { ...data.hProperties, style };
      }
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree);
  return tree;
}

/** Charts go into the page as inline SVG (with their own title and description), so the page stays one file. */
function inlineSvgImages(tree: Root, images: ReadonlyMap<string, string>): Root {
  const visit = (node: { type: string; url?: string; children?: unknown[]; data?: Record<string, unknown> }) => {
    const svg = node.type === 'image' && node.url ? images.get(node.url) : undefined;
    if (svg) {
      // A node type remark-rehype does not know becomes exactly what its data says: no src or alt.
      Object.assign(node, { type: 'chartFigure', url: undefined, alt: undefined });
      node.data = { hName: 'figure', hProperties: { className: ['chart'] }, hChildren: fromHtml(svg, { fragment: true, space: 'svg' }).children };
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree as unknown as Parameters<typeof visit>[0]);
  return tree;
}
