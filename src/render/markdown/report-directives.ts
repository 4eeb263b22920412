import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Definition, FootnoteDefinition, Nodes, Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ParseMarkdown } from './parse-markdown.js';
import { cellData, tableData } from './rich-table.js';
import { TemplateFault } from './template-fault.js';

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** The directives a template may write, and where each may stand: see templates/report.md.hbs. */
const KNOWN = '::markdown{of=ID}, :markdown{of=ID}, ::contents, ::::table[caption]{.kind} holding :::row, each holding ::th, ::td or :::td';

/**
 * Turns the template's directives into the document tree: each data text
 * (`markdown{of=ID}`, from `fragments`) parsed once and put in as its own
 * blocks or phrasing, each `table` a real table, `::contents` a list marked
 * for `fillContents`. Footnote and link identifiers of each text are made its
 * own (two updates may both have a `[^1]`), and their definitions go to the
 * end of the document, where footnotes are listed.
 */
export function reportDirectives(tree: Root, fragments: ReadonlyMap<string, string>, parse: ParseMarkdown): Root {
  const definitions: (Definition | FootnoteDefinition)[] = [];
  const parsed = new Map<string, Root>();
  let spliced = 0;

  const blocksOf = (directive: Directive): RootContent[] => {
    const id = directive.attributes?.of;
    const source = id ? fragments.get(id) : undefined;
    if (source === undefined) throw new TemplateFault(`${shown(directive)} refers to no text of the data (of=${id ?? 'nothing'}): write the id the view gives, as in {{introduction}}`);
    const prefix = `${id}.${++spliced}.`;
    // A report repeats some texts (a Welsh draft's English): each is parsed once, and each use gets its own copy.
    let tree = parsed.get(source);
    if (!tree) parsed.set(source, (tree = parse(source, 'data')));
    return structuredClone(tree).children.filter((node) => {
      ownIdentifiers(node, prefix, definitions);
      if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return true;
      definitions.push(node);
      return false;
    });
  };

  const transform = (parent: Parent): void => {
    parent.children = (parent.children as RootContent[]).flatMap((node): RootContent[] => {
      if (node.type === 'containerDirective' && node.name === 'table') return [tableOf(node)];
      if (node.type === 'leafDirective' && node.name === 'markdown') return blocksOf(node);
      if (node.type === 'leafDirective' && node.name === 'contents') return [{ type: 'list', ordered: false, spread: false, children: [], data: { contents: true } as never }];
      if (node.type === 'textDirective' && node.name === 'markdown') return phrasingOf(blocksOf(node)) as RootContent[];
      if (isDirective(node)) throw new TemplateFault(`${shown(node)} is not a directive rag-report knows here; it knows ${KNOWN}`);
      if ('children' in node) transform(node);
      return [node];
    }) as never;
    joinTexts(parent);
  };

  const tableOf = (node: ContainerDirective): Table => {
    const [first, ...rest] = node.children;
    const label = first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel ? first : undefined;
    const rows = (label ? rest : node.children).map(rowOf);
    const columns = rows.reduce((widest, row) => Math.max(widest, row.children.length), 0);
    return { type: 'table', align: new Array(columns).fill(null), children: rows, data: tableData(node.attributes?.class ?? undefined, label && toString(label)) as Table['data'] };
  };

  const rowOf = (node: RootContent): TableRow => {
    if (node.type !== 'containerDirective' || node.name !== 'row') throw new TemplateFault(`a ::::table holds only :::row directives, not ${describe(node)}`);
    return { type: 'tableRow', children: node.children.map(cellOf) };
  };

  const cellOf = (node: RootContent): TableCell => {
    if ((node.type !== 'leafDirective' && node.type !== 'containerDirective') || (node.name !== 'th' && node.name !== 'td')) {
      throw new TemplateFault(`a :::row holds only ::th, ::td and :::td cells, not ${describe(node)}`);
    }
    const { rag, colour, scope } = node.attributes ?? {};
    const holder = { type: 'paragraph', children: node.children } as Parent;
    transform(holder);
    return {
      type: 'tableCell',
      children: holder.children as PhrasingContent[],
      data: cellData(node.name, { scope: scope ?? undefined, rag: rag ? { key: rag, colour: colour ?? '' } : undefined }) as TableCell['data'],
    };
  };

  transform(tree);
  tree.children.push(...definitions);
  return tree;
}

/** Adjacent texts as one (a sentence and the reason put into it): one run in the docx, as written. */
function joinTexts(parent: Parent): void {
  const children = parent.children as RootContent[];
  for (let index = children.length - 1; index > 0; index--) {
    const [before, after] = [children[index - 1]!, children[index]!];
    if (before.type === 'text' && after.type === 'text') {
      before.value += after.value;
      children.splice(index, 1);
    }
  }
}

/** A text's blocks inside a sentence: the phrasing of its paragraphs, joined by spaces; any other block as its words. */
function phrasingOf(blocks: readonly RootContent[]): PhrasingContent[] {
  return blocks.flatMap((block, index): PhrasingContent[] => {
    const space: PhrasingContent[] = index > 0 ? [{ type: 'text', value: ' ' }] : [];
    return [...space, ...(block.type === 'paragraph' ? block.children : [{ type: 'text', value: toString(block) } as const])];
  });
}

/** Prefixes the identifiers of the footnotes and link references of one text, and takes out its nested definitions. */
function ownIdentifiers(node: Nodes, prefix: string, definitions: (Definition | FootnoteDefinition)[]): void {
  if ('identifier' in node) {
    node.identifier = prefix + node.identifier;
    if (node.label) node.label = prefix + node.label;
  }
  if (!('children' in node)) return;
  node.children = (node.children as Nodes[]).filter((child) => {
    ownIdentifiers(child, prefix, definitions);
    if (child.type !== 'definition' && child.type !== 'footnoteDefinition') return true;
    definitions.push(child);
    return false;
  }) as never;
}

function isDirective(node: RootContent): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

function shown(node: Directive): string {
  const colons = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':';
  return `${colons}${node.name}`;
}

function describe(node: RootContent): string {
  return isDirective(node) ? shown(node) : `a ${node.type} ("${toString(node).slice(0, 40)}")`;
}
