import type { Nodes, PhrasingContent, Table, TableCell } from 'mdast';

/**
 * What a report table's cell carries beyond its content. The template writes
 * tables as directives (`::::table`, `:::row`, `::th`, `::td`, see
 * templates/report.md.hbs); `reportDirectives` makes each an mdast `table`
 * whose cells may hold block content (paragraphs, lists, tables). Header
 * cells set `header`; a rating cell carries the rating key and its colour,
 * so that every writer shades it.
 */
export interface RichCellData {
  header?: boolean;
  rag?: { key: string; colour: string };
  hName?: 'th' | 'td';
  hProperties?: Record<string, unknown>;
}

/** What a report table carries: its kind ("actions", "counts"), which the writers give one look each, and its caption. */
export interface RichTableData {
  className?: string;
  /** What the table shows, in words: the HTML's <caption>. */
  caption?: string;
  hProperties?: Record<string, unknown>;
}

export function tableData(className: string | undefined, caption: string | undefined): RichTableData {
  return {
    ...(className ? { className, hProperties: { className: className.split(/\s+/) } } : {}),
    ...(caption ? { caption } : {}),
  };
}

/**
 * A cell's data. Every rating cell is shaded alike, coloured or not (n/a has
 * no colour), so that all ratings read alike: bold and centred.
 */
export function cellData(name: 'th' | 'td', { scope, rag }: { scope?: string; rag?: { key: string; colour: string } }): RichCellData {
  const header = name === 'th';
  const data: RichCellData = { header, hName: name, hProperties: header ? { scope: scope ?? 'col' } : {} };
  if (rag) {
    data.rag = rag;
    data.hProperties = { ...data.hProperties, className: ['rag', `rag-${rag.key.replace(/[^a-z0-9-]/g, '')}`] };
  }
  return data;
}

/** A report table (from the template's directives) marks every cell `th` or `td`; a GFM table of the data marks none. */
export function isRichTable(table: Table): boolean {
  return table.children.some((row) => row.children.some((cell) => (cell.data as RichCellData | undefined)?.hName !== undefined));
}

/** True for cells holding block content (paragraphs, lists, tables) rather than phrasing. */
export function isBlockCell(cell: TableCell): boolean {
  return (cell.children as Nodes[]).some((child) => !isPhrasing(child));
}

function isPhrasing(node: Nodes): node is PhrasingContent {
  return ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference'].includes(node.type);
}
