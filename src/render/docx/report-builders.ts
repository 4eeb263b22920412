import { collectBookmarks } from './bookmarks.js';
import { footnoteDefinition } from './build/footnote-definition.js';
import { headingBuilder } from './build/heading.js';
import { linkBuilder, linkReferenceBuilder } from './build/link.js';
import { tableBuilder } from './build/table.js';
import { inlineCodeBuilder, textBuilder } from './build/text.js';
import type { NodeBuilders, ReportDocxPlugin } from './report-context.js';

/**
 * The remark-docx plugin for reports: the builders that replace remark-docx's
 * own for tables, headings, links, footnotes and text. Bookmarks are named
 * once per document, before any builder runs.
 */
export function reportBuilders(language: string): ReportDocxPlugin {
  return async ({ root }) => {
    const bookmarks = collectBookmarks(root);
    const builders: NodeBuilders = {
      table: tableBuilder,
      heading: headingBuilder(bookmarks),
      link: linkBuilder(bookmarks),
      linkReference: linkReferenceBuilder(bookmarks),
      footnoteDefinition,
      text: textBuilder(language),
      inlineCode: inlineCodeBuilder(language),
    };
    return builders;
  };
}
