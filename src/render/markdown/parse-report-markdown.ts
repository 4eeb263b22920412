import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { headingIds } from './heading-ids.js';
import { richTables } from './rich-table.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(richTables);
const addHeadingIds = headingIds();
/** A line that may define a link reference or a footnote: `[id]: url`, `[^1]: text`. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * The report's Markdown as an mdast tree: GFM, rich tables rebuilt, headings
 * with ids. Both docx and HTML start here.
 *
 * micromark's cost grows faster than the length of one document, so the
 * report is parsed a table at a time: each chunk starts at a line opening a
 * `<table`, which only the template can write (raw HTML from the data is
 * escaped), and a blank line always closes the block before it. Link and
 * footnote definitions hold for the whole document, so a report that has
 * any is parsed in one piece.
 */
export function parseReportMarkdown(markdown: string): Root {
  const chunks = DEFINITION.test(markdown) ? [markdown] : markdown.split(/\n(?=<table[\s>])/);
  const children = chunks.flatMap((chunk) => withoutPositions(processor.runSync(processor.parse(chunk)) as Root).children);
  const tree: Root = { type: 'root', children };
  addHeadingIds(tree);
  return tree;
}

/**
 * The tree without the source positions micromark puts on every node: three
 * objects a node that no renderer reads, a third of a large report's tree.
 */
function withoutPositions<T extends Nodes>(node: T): T {
  delete node.position;
  if ('children' in node) for (const child of node.children) withoutPositions(child);
  return node;
}
