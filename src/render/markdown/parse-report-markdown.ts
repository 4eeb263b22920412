import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { headingIds } from './heading-ids.js';
import { richTables } from './rich-table.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(richTables);
const addHeadingIds = headingIds();

/**
 * The report's Markdown as an mdast tree: GFM, rich tables rebuilt, headings
 * with ids. Both docx and HTML start here.
 *
 * micromark's cost grows faster than the length of one document, so the
 * report is parsed a table at a time: each chunk starts at a line opening a
 * `<table`, which only the template can write (raw HTML from the data is
 * escaped), and a blank line always closes the block before it.
 */
export function parseReportMarkdown(markdown: string): Root {
  const children = markdown
    .split(/\n(?=<table[\s>])/)
    .flatMap((chunk) => (processor.runSync(processor.parse(chunk)) as Root).children);
  const tree: Root = { type: 'root', children };
  addHeadingIds(tree);
  return tree;
}
