import type { Root } from 'mdast';
import type { MarkdownDialect, ParseMarkdown } from '../render/markdown/parse-markdown.js';
import type { CacheStore } from './cache-store.js';
import { contentKey } from './content-key.js';

/**
 * The parser of the template's text and the data's Markdown, but a text
 * parsed before (the same bytes, dialect and tool) is read back as its tree:
 * after one update is edited, only that update is parsed again. It wraps
 * the parser the renderer loads, so that a build that renders nothing loads none.
 */
export function cachedParseMarkdown(store: CacheStore, tool: string): (parse: ParseMarkdown) => ParseMarkdown {
  return (parse) => (text: string, dialect: MarkdownDialect) => {
    const key = contentKey([tool, 'mdast', dialect, text]);
    const kept = store.read('mdast', key);
    if (kept) return JSON.parse(Buffer.from(kept.buffer, kept.byteOffset, kept.byteLength).toString('utf8')) as Root;
    const tree = parse(text, dialect);
    store.write('mdast', key, Buffer.from(JSON.stringify(tree)));
    return tree;
  };
}
