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
  const tree = withoutPositions(parsers[dialect].parse(text));
  return dialect === 'data' ? withoutHtml(tree) : tree;
};

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
