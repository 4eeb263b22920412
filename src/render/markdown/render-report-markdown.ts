import type { Link, List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { reportView, type ReportViewInput } from '../view/report-view.js';
import { escapeInline } from './escape-markdown.js';
import { parseReportMarkdown } from './parse-report-markdown.js';
import { reportTemplate } from './report-template.js';

export interface RenderedMarkdown {
  /** The .md document. */
  readonly markdown: string;
  /** The same document as mdast, for the docx and HTML renderers: parsed once, with its contents list filled in. */
  readonly tree: Root;
}

/**
 * Where the template's contents list goes: the template is rendered once with
 * this single entry, its output parsed once, and the entry replaced, in the
 * tree and in the Markdown, by the section headings the tree holds. So the
 * contents list comes from the headings as the template wrote them, and its
 * links always match the ids the headings get.
 */
const PLACEHOLDER = { text: 'contents-placeholder', anchor: 'contents-placeholder' };
const PLACEHOLDER_LINE = `- [${PLACEHOLDER.text}](#${PLACEHOLDER.anchor})`;

/** The report as Markdown, and as the tree every other document is written from. */
export function renderReportMarkdown(input: Omit<ReportViewInput, 'contents'>): RenderedMarkdown {
  const template = tidy(reportTemplate()(reportView({ ...input, contents: [PLACEHOLDER] })));
  const tree = parseReportMarkdown(template);
  const entries = fillContents(tree);
  const lines = entries.map(({ text, anchor }) => `- [${escapeInline(text)}](#${anchor})`).join('\n');
  return { markdown: template.replace(PLACEHOLDER_LINE, lines), tree };
}

/**
 * Replaces the placeholder list's entry with one link per second-level
 * heading after the contents heading itself; returns the entries.
 */
function fillContents(tree: Root): { text: string; anchor: string }[] {
  const at = tree.children.findIndex((node) => node.type === 'list' && isPlaceholder(node));
  if (at === -1) return [];
  const entries = tree.children.slice(at + 1).flatMap((node) =>
    node.type === 'heading' && node.depth === 2 ? [{ text: toString(node), anchor: (node.data as { id: string }).id }] : [],
  );
  const list = tree.children[at] as List;
  list.children = entries.map(
    ({ text, anchor }): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'link', url: `#${anchor}`, children: [{ type: 'text', value: text }] }] }],
    }),
  );
  return entries;
}

function isPlaceholder(list: List): boolean {
  const link = list.children[0]?.children[0]?.type === 'paragraph' ? (list.children[0].children[0].children[0] as Link | undefined) : undefined;
  return list.children.length === 1 && link?.type === 'link' && link.url === `#${PLACEHOLDER.anchor}`;
}

/** At most one blank line in a row, one newline at the end. */
function tidy(markdown: string): string {
  return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
