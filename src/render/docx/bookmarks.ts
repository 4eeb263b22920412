import type { Heading, Root } from 'mdast';
import { bookmarkName } from './bookmark-name.js';

/** A heading's bookmark: the name links jump to, and the number pairing its start and end. */
export interface Bookmark {
  name: string;
  id: number;
}

/**
 * Bookmarks for every heading with an id (set by `headingIds`), numbered in
 * document order. Built from the whole tree before rendering, so a contents
 * link resolves even though it comes before its heading.
 */
export function collectBookmarks(root: Root): ReadonlyMap<string, Bookmark> {
  const bookmarks = new Map<string, Bookmark>();
  const names = new Set<string>();
  for (const node of root.children) {
    const headingId = node.type === 'heading' ? idOf(node) : undefined;
    if (headingId === undefined || bookmarks.has(headingId)) continue;
    let name = bookmarkName(headingId);
    for (let attempt = 1; names.has(name); attempt++) name = bookmarkName(headingId, attempt);
    names.add(name);
    bookmarks.set(headingId, { name, id: bookmarks.size + 1 });
  }
  return bookmarks;
}

export function idOf(heading: Heading): string | undefined {
  const id = (heading.data as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}
