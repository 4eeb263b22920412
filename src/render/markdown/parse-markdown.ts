import type { Nodes, Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * The two kinds of Markdown a report is made from: the template's text
 * (GFM and directives) and the data's texts (GFM, no directives: a `:name`
 * in an update is text, and raw HTML is turned into the text it was written as).
 */
export type MarkdownDialect = 'template' | 'data';

/** Parses one text into a tree without source positions. The build cache passes one that keeps its trees. */
export type ParseMarkdown = (text: string, dialect: MarkdownDialect) => Root;

const parsers = {
  template: unified().use(remarkParse).use(remarkGfm).use(remarkDirective),
  data: unified().use(remarkParse).use(remarkGfm),
};

export const parseMarkdown: ParseMarkdown = (text, dialect) => {
  if (dialect === 'data') return plainParagraphs(text) ?? withoutHtml(withoutPositions(parsers.data.parse(text)));
  return withoutPositions(parsers.template.parse(text));
};

/** A character that could open Markdown or GFM markup, or that micromark would change. */
const MARKUP = /[\\`*_[\]<>!&~|#@{}$^\r\t\0-\x08\x0B\x0C\x0E-\x1F\x7F]|www\.|:\/\//i;
/** A line that is not plain paragraph text: indented, ending in spaces, blank but for spaces, or starting a block. */
const NOT_PLAIN_LINE = /^ | $|^ *$|^([-+=]|\d{1,9}[.)])/m;

/**
 * Most updates are prose: paragraphs of words with no markup at all. Such a
 * text is made into its tree directly, without micromark, whose set-up for
 * each text is most of the cost of a short one (20,000 texts in a large
 * report). Anything that could be markup, at any place, leaves the text to
 * micromark; a property test holds the two to the same trees.
 */
export function plainParagraphs(text: string): Root | undefined {
  if (MARKUP.test(text)) return undefined;
  const paragraphs = text.split(/\n{2,}/);
  if (paragraphs.some((paragraph) => paragraph === '' || NOT_PLAIN_LINE.test(paragraph))) return text === '' ? { type: 'root', children: [] } : undefined;
  return { type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })) };
}

/**
 * The tree without the source positions micromark puts on every node: three
 * objects a node that no writer reads, a third of a large report's tree.
 */
function withoutPositions<T extends Nodes>(node: T): T {
  delete node.position;
  if ('children' in node) for (const child of node.children) withoutPositions(child);
  return node;
}

/** Every raw HTML node as the text it was written as: a block one as its own paragraph, so an update can never inject markup. */
function withoutHtml<T extends Nodes>(node: T): T {
  if (!('children' in node)) return node;
  const children = node.children as Nodes[];
  for (const [index, child] of children.entries()) {
    if (child.type !== 'html') withoutHtml(child);
    else if (node.type === 'root' || node.type === 'blockquote' || node.type === 'listItem' || node.type === 'footnoteDefinition') {
      children[index] = { type: 'paragraph', children: [{ type: 'text', value: child.value }] };
    } else children[index] = { type: 'text', value: child.value };
  }
  return node;
}
