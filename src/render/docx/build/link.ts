import { InternalHyperlink, type ParagraphChild } from 'docx';
import type { Link, LinkReference } from 'mdast';
import type { Bookmark } from '../bookmarks.js';
import type { ReportContext } from '../report-context.js';

/**
 * `#anchor` links become internal hyperlinks to the heading's bookmark, so the
 * contents list works in Word without updating fields. Returning null hands
 * every other link back to remark-docx, which makes it an external hyperlink.
 */
export function linkBuilder(bookmarks: ReadonlyMap<string, Bookmark>) {
  return ({ url, children }: Pick<Link, 'url' | 'children'>, ctx: ReportContext): InternalHyperlink | ParagraphChild[] | null => {
    if (!url.startsWith('#')) return null;
    const bookmark = bookmarks.get(decodeFragment(url.slice(1)));
    // A link to no heading stays readable text rather than a dead link.
    if (!bookmark) return ctx.render(children) as ParagraphChild[];
    const runs = ctx.render(children, { ...ctx, style: { ...ctx.style, link: true } }) as ParagraphChild[];
    return new InternalHyperlink({ anchor: bookmark.name, children: runs });
  };
}

/** Reference-style links (`[text][ref]`) go the same way as inline ones. */
export function linkReferenceBuilder(bookmarks: ReadonlyMap<string, Bookmark>) {
  const link = linkBuilder(bookmarks);
  return ({ identifier, children }: LinkReference, ctx: ReportContext) => {
    const definition = ctx.definition(identifier);
    return definition ? link({ url: definition.url, children }, ctx) : null;
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
