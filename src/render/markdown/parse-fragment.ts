import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The data's Markdown: GFM, no directives (a `:name` in an update is text). */
const parser = unified().use(remarkParse).use(remarkGfm);
/** Parsed texts by their source: a report repeats some (a Welsh draft's English), and preview re-renders often. */
const parsed = new Map<string, Root>();
const KEPT = 5000;

/**
 * A text of the data (an introduction, an update) as mdast blocks, parsed
 * once. Raw HTML is turned into the literal text it was written as, so an
 * update can never inject markup; everything else is kept as written. The
 * tree is the caller's own: it may change it.
 */
export function parseFragment(markdown: string): RootContent[] {
  let tree = parsed.get(markdown);
  if (!tree) {
    tree = withoutHtml(withoutPositions(parser.parse(markdown)));
    if (parsed.size >= KEPT) parsed.clear();
    parsed.set(markdown, tree);
  }
  return structuredClone(tree).children;
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

/** Every raw HTML node as the text it was written as: a block one as its own paragraph. */
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
