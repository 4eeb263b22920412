import type { Link, List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingIds } from './heading-ids.js';
import { parseMarkdown, type ParseMarkdown } from './parse-markdown.js';
import { reportDirectives } from './report-directives.js';

const addHeadingIds = headingIds();
/** A line that may define a link reference or a footnote: `[id]: url`, `[^1]: text`. */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;

/**
 * The report template's output as the document tree that every writer
 * (Markdown, HTML, docx) starts from: GFM, its directives done
 * (`reportDirectives`: the data's texts from `fragments`, parsed once, and
 * real tables), headings with ids, and the contents list made from them.
 *
 * micromark's cost grows faster than the length of one document, so the
 * output is parsed a table at a time: each chunk starts at a line opening a
 * `::::table`, which only the template writes (the data's texts are not in
 * this text), and a blank line always ends the block before it. Link and
 * footnote definitions hold for the whole text, so a template that writes
 * any is parsed in one piece. Parsed a chunk at a time, a report whose
 * template text is unchanged but for one chunk can reuse the others' trees
 * (`parse` from the build cache).
 */
export function parseReportMarkdown(markdown: string, fragments: ReadonlyMap<string, string> = new Map(), parse: ParseMarkdown = parseMarkdown): Root {
  const chunks = DEFINITION.test(markdown) ? [markdown] : markdown.split(/\n(?=:{4,}table[[{\s])/);
  const children = chunks.flatMap((chunk) => parse(chunk, 'template').children);
  const tree = reportDirectives({ type: 'root', children }, fragments, parse);
  addHeadingIds(tree);
  fillContents(tree);
  return tree;
}

/**
 * Gives the `::contents` list one link per second-level heading after it,
 * by the heading's words and id; a list with no heading to point at is left out.
 */
function fillContents(tree: Root): void {
  const at = tree.children.findIndex((node) => node.type === 'list' && (node.data as { contents?: boolean } | undefined)?.contents);
  if (at === -1) return;
  const entries = tree.children.slice(at + 1).flatMap((node) => (node.type === 'heading' && node.depth === 2 ? [node] : []));
  const list = tree.children[at] as List;
  list.data = undefined;
  list.children = entries.map(
    (heading): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'link', url: `#${(heading.data as { id: string }).id}`, children: [{ type: 'text', value: toString(heading) }] } satisfies Link] }],
    }),
  );
  if (entries.length === 0) tree.children.splice(at, 1);
}
