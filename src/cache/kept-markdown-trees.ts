import type { MarkdownDialect, ParseMarkdown } from '../render/markdown/parse-markdown.js';
import type { CacheStore } from './cache-store.js';
import { contentKey } from './content-key.js';

export interface KeptMarkdownTrees {
  /** Wraps the parser the renderer loads (so that a build that renders nothing loads none). */
  readonly wrap: (parse: ParseMarkdown) => ParseMarkdown;
  /** Keeps the trees of this render for the next one. */
  readonly save: () => void;
}

/**
 * The parsed trees of one report's texts (the template's text a table at a
 * time, and each text of the data), kept from one render of it to the next:
 * after one update is edited, only that update is parsed again. They are
 * kept together, one entry per report and languages (`slot`), each tree
 * under the key of its text and dialect, so that a render reads and writes
 * one entry rather than one per text. Only the trees of the last render are
 * kept. Each use gets a fresh tree, which the renderer may change.
 */
export function keptMarkdownTrees(store: CacheStore, tool: string, slot: string): KeptMarkdownTrees {
  const entry = contentKey([tool, 'mdast', slot]);
  const before = readTrees(store.read('mdast', entry));
  const used = new Map<string, string>();
  return {
    wrap: (parse) => (text: string, dialect: MarkdownDialect) => {
      const key = contentKey([dialect, text]);
      let json = used.get(key) ?? before.get(key);
      if (json === undefined) json = JSON.stringify(parse(text, dialect));
      used.set(key, json);
      return JSON.parse(json);
    },
    save: () => {
      if (used.size > 0) store.write('mdast', entry, Buffer.from(JSON.stringify([...used])));
    },
  };
}

function readTrees(payload: Uint8Array | undefined): Map<string, string> {
  if (!payload) return new Map();
  try {
    return new Map(JSON.parse(Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength).toString('utf8')) as [string, string][]);
  } catch {
    return new Map();
  }
}
