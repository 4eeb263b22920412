import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Root, TableCell } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { templatePath } from '../../templates-path.js';
import { textColourFor } from '../colour/contrast.js';
import type { RichCellData } from '../markdown/rich-table.js';

export interface HtmlPageOptions {
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
  const body = toHtml.stringify(toHtml.runSync(shadeRatingCells(structuredClone(tree))) as never);
  page ??= Handlebars.create().compile(readFileSync(templatePath('page.html.hbs'), 'utf8'), { strict: true });
  return page({ ...options, body });
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

export type { TableCell };
