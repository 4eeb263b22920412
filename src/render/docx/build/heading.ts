import { BookmarkEnd, BookmarkStart, HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import type { Heading } from 'mdast';
import { type Bookmark, idOf } from '../bookmarks.js';
import type { ReportContext } from '../report-context.js';

/** Markdown depth n is Word's "Heading n", so the Navigation pane shows the report's outline. */
const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

/** Headings in Word's heading styles, each wrapped in the bookmark its contents link jumps to. */
export function headingBuilder(bookmarks: ReadonlyMap<string, Bookmark>) {
  return (node: Heading, ctx: ReportContext): Paragraph => {
    const children = ctx.render(node.children) as ParagraphChild[];
    const headingId = idOf(node);
    const bookmark = headingId === undefined ? undefined : bookmarks.get(headingId);
    return new Paragraph({
      heading: LEVELS[node.depth - 1],
      bidirectional: ctx.rtl || undefined,
      // docx's Bookmark numbers every bookmark 1; explicit ids keep them unique.
      children: bookmark ? [new BookmarkStart(bookmark.name, bookmark.id) as never, ...children, new BookmarkEnd(bookmark.id) as never] : children,
    });
  };
}
