import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { headingIds } from './heading-ids.js';
import { richTables } from './rich-table.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(richTables).use(headingIds);

/** The report's Markdown as an mdast tree: GFM, rich tables rebuilt, headings with ids. Both docx and HTML start here. */
export function parseReportMarkdown(markdown: string): Root {
  return processor.runSync(processor.parse(markdown)) as Root;
}
