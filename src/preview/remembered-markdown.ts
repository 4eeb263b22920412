import type { Root } from 'mdast';
import type { MarkdownDialect, ParseMarkdown } from '../render/markdown/parse-markdown.js';

/** Trees kept at most: far more than the texts of a few open reports. */
const KEPT = 20_000;

/**
 * Wraps the Markdown parser so that it remembers what each text parsed to:
 * after a save, a page is rendered again parsing only the texts that
 * changed. Each caller gets its own copy of a tree, which it may change.
 */
export function rememberedMarkdown(): (parse: ParseMarkdown) => ParseMarkdown {
  const remembered = new Map<string, Root>();
  return (parse) => (text: string, dialect: MarkdownDialect) => {
    const key = `${dialect}\0${text}`;
    let tree = remembered.get(key);
    if (!tree) {
      if (remembered.size >= KEPT) remembered.clear();
      remembered.set(key, (tree = parse(text, dialect)));
    }
    return structuredClone(tree);
  };
}
