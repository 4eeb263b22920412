import type { Nodes } from 'mdast';

/**
 * A cell's words, with a space between blocks: mdast-util-to-string would
 * run the last word of one paragraph into the first of the next, and the
 * column widths would then make room for a word that does not exist.
 */
export function cellText(node: Nodes): string {
  if (node.type === 'html') return '';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(cellText).join(' ');
  return '';
}

/** Length in characters of the longest word. */
export function longestWord(text: string): number {
  // Not Math.max(...words): spreading 150,000 words as arguments overflows the stack.
  return text.split(/\s+/).reduce((longest, word) => Math.max(longest, [...word].length), 0);
}
