import type { Bookmark } from './bookmarks.js';
import { footnoteDefinition } from './build/footnote-definition.js';
import { headingBuilder } from './build/heading.js';
import { imageBuilder } from './build/image.js';
import { linkBuilder, linkReferenceBuilder } from './build/link.js';
import { tableBuilder } from './build/table.js';
import { inlineCodeBuilder, textBuilder } from './build/text.js';
import type { NodeBuilders, ReportDocxPlugin } from './report-context.js';

/**
 * The remark-docx plugin for reports: the builders that replace remark-docx's
 * own for tables, headings, links, footnotes and text. `bookmarks` are those
 * of the whole document (`collectBookmarks`), even when a part of it is built.
 */
export function reportBuilders(
  language: string,
  bookmarks: ReadonlyMap<string, Bookmark>,
  { imageHeight, ratingLabels = [] }: { imageHeight?: (url: string) => number | undefined; ratingLabels?: readonly string[] } = {},
): ReportDocxPlugin {
  const image = imageBuilder(imageHeight);
  const table = tableBuilder(ratingLabels);
  return async () => {
    const builders: NodeBuilders = {
      image,
      table,
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
