import type { Nodes, Root, RootContent } from 'mdast';

/**
 * The tree's top-level blocks in consecutive groups of at most `rowsPerPart`
 * table rows (any other block counts as one row; a table larger than that is
 * a group of its own), so that a large report can be built a part at a time
 * and each part's docx objects freed before the next is built.
 *
 * A tree with link or footnote definitions stays whole: a definition holds
 * for the whole document, and footnotes are numbered across it.
 */
export function splitForRendering(tree: Root, rowsPerPart: number): Root[] {
  if (hasDefinitions(tree)) return [tree];
  const parts: Root[] = [];
  let children: RootContent[] = [];
  let rows = 0;
  for (const node of tree.children) {
    const weight = node.type === 'table' ? node.children.length : 1;
    if (children.length > 0 && rows + weight > rowsPerPart) {
      parts.push({ type: 'root', children });
      children = [];
      rows = 0;
    }
    children.push(node);
    rows += weight;
  }
  parts.push({ type: 'root', children });
  return parts;
}

function hasDefinitions(node: Nodes): boolean {
  if (node.type === 'definition' || node.type === 'footnoteDefinition') return true;
  return 'children' in node && (node.children as Nodes[]).some(hasDefinitions);
}
