import type { Root, Table, TableCell } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { isRichTable, type RichCellData, type RichTableData } from './rich-table.js';

const gfm = gfmToMarkdown();
/** GFM's own table writer, for the tables of the data's texts. */
const gfmTable = gfm.extensions!.find((extension) => extension.handlers?.table)!.handlers!.table as Handle;

const options: Options = {
  extensions: [gfm],
  handlers: { table: (node: Table, parent, state, info) => (isRichTable(node) ? reportTable(node) : gfmTable(node, parent, state, info)) },
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
};

/**
 * The document tree as a .md file that reads well on GitHub. A report table
 * (its cells may hold lists and tables, which GFM's tables cannot) is
 * written as HTML tags with Markdown between them, as GitHub renders it; a
 * table of the data's own is a GFM table again.
 */
export function writeMarkdown(tree: Root): string {
  return toMarkdown(tree, options);
}

function reportTable(table: Table): string {
  const data = (table.data ?? {}) as RichTableData;
  const [head, ...body] = table.children;
  const headIsHeader = head?.children.every((cell) => (cell.data as RichCellData | undefined)?.header) ?? false;
  const row = (cells: readonly TableCell[]) => ['<tr>', ...cells.map(cell), '</tr>'].join('\n');
  const lines = [`<table${data.className ? ` class="${escapeHtml(data.className)}"` : ''}>`];
  if (data.caption) lines.push(`<caption>${escapeHtml(data.caption)}</caption>`);
  if (head && headIsHeader) lines.push('<thead>', row(head.children), '</thead>');
  lines.push('<tbody>', ...(headIsHeader ? body : table.children).map((tableRow) => row(tableRow.children)), '</tbody>', '</table>');
  return lines.join('\n');
}

/** A cell as GitHub reads it: plain text on the tag's line, escaped; anything else as Markdown between blank lines. */
function cell(node: TableCell): string {
  const data = (node.data ?? {}) as RichCellData;
  const name = data.hName ?? 'td';
  const attributes = [
    data.header ? ` scope="${escapeHtml(String(data.hProperties?.scope ?? 'col'))}"` : '',
    data.rag ? ` data-rag="${escapeHtml(data.rag.key)}" data-colour="${escapeHtml(data.rag.colour)}"` : '',
  ].join('');
  // Only plain text stands on the tag's line: GitHub reads no Markdown there.
  if (node.children.every((child) => child.type === 'text')) return `<${name}${attributes}>${escapeHtml(toString(node))}</${name}>`;
  return `<${name}${attributes}>\n\n${toMarkdown({ type: 'root', children: node.children as Root['children'] }, options).trim()}\n\n</${name}>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
