import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { reportView, type ReportViewInput } from '../view/report-view.js';
import { parseReportMarkdown } from './parse-report-markdown.js';
import { reportTemplate } from './report-template.js';

export interface RenderedMarkdown {
  /** The .md document. */
  readonly markdown: string;
  /**
   * The same document as mdast, for the docx and HTML renderers. Parsed on
   * first read: parsing is the slowest step of a build, and a build of only
   * Markdown never needs the tree.
   */
  readonly tree: Root;
}

/**
 * The report as Markdown. The contents list is made from the headings of an
 * outline (the document without its action rows, which hold no top-level
 * heading), so its links always match the ids the headings get.
 */
export function renderReportMarkdown(input: Omit<ReportViewInput, 'contents'>): RenderedMarkdown {
  const template = reportTemplate();
  const view = reportView({ ...input, contents: [] });
  const outline = parseReportMarkdown(template({ ...view, sections: view.sections.map((section) => ({ ...section, actions: [] })) }));
  const contents = outline.children.flatMap((node) =>
    node.type === 'heading' && node.depth === 2
      ? [{ text: toString(node), anchor: (node.data as { id: string }).id }]
      : [],
  );
  const markdown = tidy(template({ ...view, contents }));
  let tree: Root | undefined;
  return {
    markdown,
    get tree() {
      return (tree ??= parseReportMarkdown(markdown));
    },
  };
}

/** At most one blank line in a row, one newline at the end. */
function tidy(markdown: string): string {
  return `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
