import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown from the data with its raw HTML turned into literal text, so an
 * update can never inject markup (a script, or a `</td>` that breaks the
 * report's tables). Everything else of the Markdown is kept as written.
 */
export function escapeRawHtml(markdown: string): string {
  if (!markdown.includes('<')) return markdown; // no HTML without a "<": most texts need no parse
  const ranges: [number, number][] = [];
  collectHtml(parser.parse(markdown), ranges);
  let result = '';
  let last = 0;
  for (const [start, end] of ranges) {
    result += markdown.slice(last, start) + markdown.slice(start, end).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    last = end;
  }
  return result + markdown.slice(last);
}

function collectHtml(node: Nodes, ranges: [number, number][]): void {
  if (node.type === 'html') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
    return;
  }
  if ('children' in node) for (const child of node.children) collectHtml(child as Nodes, ranges);
}

/** A plain text (a title, a label) made safe to stand inline in Markdown. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`).replace(/\s*\n\s*/g, ' ').trim();
}
