import { textWidth } from '../../chart/parts/text-width.js';
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

/** Twips per point, and 11pt body text in twips. */
const BODY_TWIPS = 11 * 20;

/**
 * Width in twips of the longest word set in bold 11pt Arial (header and
 * rating cells are bold; body text is narrower), measured letter by letter
 * so that "PERSONAL" gets the room its capitals need.
 */
export function longestWord(text: string): number {
  // Not Math.max(...words): spreading 150,000 words as arguments overflows the stack.
  return text.split(/\s+/).reduce((widest, word) => Math.max(widest, textWidth(word, BODY_TWIPS, true)), 0);
}
