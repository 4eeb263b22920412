import type { Html, Nodes, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';

/**
 * What a rich table cell carries beyond its content. The templates write
 * tables whose cells hold block Markdown (paragraphs, lists, tables) as an
 * HTML skeleton with Markdown between the tags, as GitHub renders it:
 *
 *     <table>
 *     <tr>
 *     <th>Action Required</th>
 *     <td data-rag="amber" data-colour="#FFC000">Amber</td>
 *     <td>
 *
 *     Markdown, with lists and tables
 *
 *     </td>
 *     </tr>
 *     </table>
 *
 * `richTables` turns each skeleton into an mdast `table` whose cells hold
 * block content. Header cells (`th`) set `header`; a cell with `data-rag`
 * carries the rating key and its colour, so renderers can shade it.
 */
export interface RichCellData {
  header?: boolean;
  rag?: { key: string; colour: string };
  hName?: string;
  hProperties?: Record<string, unknown>;
}

const TAG = /<(\/?)(table|thead|tbody|tr|th|td)((?:\s+[a-z-]+="[^"]*")*)\s*>/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;

/** A unified transformer: rebuilds the rich tables of the tree in place. */
export function richTables() {
  return (tree: Root) => {
    tree.children = rebuild(tree.children);
  };
}

function rebuild(nodes: RootContent[]): RootContent[] {
  const output: RootContent[] = [];
  let table: Table | undefined;
  let row: TableRow | undefined;
  let cell: TableCell | undefined;
  const cellChildren = () => cell!.children as unknown as RootContent[];

  for (const node of nodes) {
    if (node.type !== 'html' || !startsSkeleton(node, table !== undefined)) {
      if (cell) cellChildren().push(node);
      else output.push(node);
      continue;
    }
    for (const token of tokens(node)) {
      if (token.type === 'text') {
        // Text written inside the tags (a rating word, a header) is the cell's phrasing content.
        if (cell) cellChildren().push({ type: 'text', value: token.value } as unknown as RootContent);
        continue;
      }
      const { name, closing, attributes } = token;
      if (name === 'table' && !closing) {
        table = { type: 'table', align: [], children: [], position: node.position };
      } else if (name === 'table' && closing && table) {
        table.align = new Array(table.children.reduce((widest, r) => Math.max(widest, r.children.length), 0)).fill(null);
        output.push(table);
        table = undefined;
      } else if (name === 'tr' && !closing && table) {
        row = { type: 'tableRow', children: [] };
        table.children.push(row);
      } else if (name === 'tr' && closing) {
        row = undefined;
      } else if ((name === 'td' || name === 'th') && !closing && row) {
        cell = { type: 'tableCell', children: [], data: cellData(name, attributes) as TableCell['data'] };
        row.children.push(cell);
      } else if ((name === 'td' || name === 'th') && closing) {
        cell = undefined;
      }
    }
  }
  return output;
}

/** Only html nodes made of skeleton tags belong to a rich table; any other HTML stays as it is. */
function startsSkeleton(node: Html, insideTable: boolean): boolean {
  const value = node.value.trim();
  return insideTable ? /^<\/?(table|thead|tbody|tr|th|td)[\s>]/.test(value) : /^<table[\s>]/.test(value);
}

type Token = { type: 'text'; value: string } | { type: 'tag'; name: string; closing: boolean; attributes: Record<string, string> };

function tokens(node: Html): Token[] {
  const result: Token[] = [];
  let last = 0;
  for (const match of node.value.matchAll(TAG)) {
    pushText(result, node.value.slice(last, match.index));
    const attributes: Record<string, string> = {};
    for (const [, key, value] of match[3]!.matchAll(ATTRIBUTE)) attributes[key!] = decodeEntities(value!);
    result.push({ type: 'tag', name: match[2]!, closing: match[1] === '/', attributes });
    last = match.index! + match[0].length;
  }
  pushText(result, node.value.slice(last));
  return result;
}

function pushText(result: Token[], raw: string): void {
  const value = decodeEntities(raw.trim());
  if (value) result.push({ type: 'text', value });
}

function cellData(name: string, attributes: Record<string, string>): RichCellData {
  const header = name === 'th';
  const data: RichCellData = { header, hName: name, hProperties: header ? { scope: attributes.scope ?? 'col' } : {} };
  if (attributes['data-rag'] && attributes['data-colour']) {
    data.rag = { key: attributes['data-rag'], colour: attributes['data-colour'] };
    data.hProperties = { ...data.hProperties, className: ['rag', `rag-${attributes['data-rag']}`] };
  }
  return data;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x3D': '=', '#x60': '`' };

/** Reverses the escaping Handlebars applies to `{{value}}`. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39|#x3D|#x60);/g, (_, name: string) => ENTITIES[name]!);
}

/** True for cells holding block content (paragraphs, lists, tables) rather than phrasing. */
export function isBlockCell(cell: TableCell): boolean {
  return (cell.children as Nodes[]).some((child) => !isPhrasing(child));
}

function isPhrasing(node: Nodes): node is PhrasingContent {
  return ['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'linkReference', 'image', 'imageReference', 'html', 'footnoteReference'].includes(node.type);
}

