import { isDeepStrictEqual } from 'node:util';
import { Composer, CST, isMap, parse, parseDocument, Parser, type Scalar } from 'yaml';
import { UsageError } from '../errors.js';
import type { PathSegment } from '../load/index.js';

/** One key of a map to set to a string. */
export interface MapEntry {
  readonly key: string;
  readonly value: string;
  /** When the key is new it goes after this key. Default: after the last key. */
  readonly after?: string;
  /** Written in the style (block, plain or quoted) and indentation of this key's value, where the value allows. */
  readonly like?: string;
  /** Always double-quoted, for readers that would take a plain 01234567 for a number. Default false. */
  readonly quoted?: boolean;
}

export interface MapEdit {
  /** The map's place in the file's data. */
  readonly path: readonly PathSegment[];
  readonly entries: readonly MapEntry[];
}

type Style = Scalar.Type;
type ValueToken = CST.FlowScalar | CST.BlockScalar;
type Item = CST.CollectionItem;
interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Sets string values in maps of a YAML text, changing nothing else: every
 * other byte (comments, blank lines, quoting, line breaks, a byte-order mark)
 * stays as it was. yaml's Document API states what the edit means
 * (`setIn`); its own `toString` would re-flow other parts of the file (long
 * plain scalars, flow spacing), so the new values are spliced in at the
 * positions of yaml's concrete syntax tree, each written by yaml's scalar
 * stringifier, and the result is checked against the Document API's.
 */
export function editYamlInPlace(text: string, edits: readonly MapEdit[]): string {
  const tokens = [...new Parser().parse(text)];
  const documents = [...new Composer({ keepSourceTokens: true }).compose(tokens)];
  const document = documents[0];
  if (documents.length !== 1 || !document || document.errors.length > 0) throw new Error('the YAML does not parse as one document');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const splices: Splice[] = [];
  for (const edit of edits) {
    const node = document.getIn(edit.path, true);
    const token = isMap(node) ? node.srcToken : undefined;
    if (token?.type !== 'block-map' && token?.type !== 'flow-collection') {
      throw new UsageError(
        `cannot write into ${edit.path.join('.')}: it is not written as a map of its own (perhaps a YAML alias)`,
        'write the Welsh into the file by hand',
      );
    }
    splices.push(...mapSplices(text, token, edit.entries, eol));
  }
  const result = applySplices(text, splices);
  checkResult(text, result, edits);
  return result;
}

function mapSplices(text: string, map: CST.BlockMap | CST.FlowCollection, entries: readonly MapEntry[], eol: string): Splice[] {
  const inFlow = map.type === 'flow-collection';
  const splices: Splice[] = [];
  const inserted = new Map<Item, string[]>();
  const itemOf = (key: string | undefined): Item | undefined => map.items.find((item) => key !== undefined && keyOf(item) === key);
  for (const entry of entries) {
    const like = itemOf(entry.like)?.value;
    const existing = itemOf(entry.key);
    const style = styleFor(entry, like, inFlow);
    const indent = contentIndent(map, like, existing?.value, style);
    if (existing) {
      splices.push(...replaceValue(text, existing, scalarSource(entry.value, style, indent, inFlow), inFlow, eol));
      continue;
    }
    const anchor = anchorOf(entry, entries, itemOf) ?? [...map.items].reverse().find((item) => keyOf(item) !== undefined)!;
    const source = scalarSource(entry.value, style, indent, inFlow);
    const run = inserted.get(anchor) ?? [];
    run.push(
      inFlow
        ? `, ${entry.key}: ${source.head}`
        : `${' '.repeat(map.indent)}${entry.key}: ${source.head}${eol}${withEol(source.body, eol)}`,
    );
    inserted.set(anchor, run);
  }
  for (const [anchor, run] of inserted) {
    const position = inFlow ? { end: headRange(anchor).end, missingBreak: false } : lineEndAfter(text, anchor);
    const needsBreak = position.missingBreak;
    splices.push({ start: position.end, end: position.end, text: (needsBreak ? eol : '') + run.join('') });
  }
  return splices;
}

/** The existing item a new key goes after: keys added after another new key join its run. */
function anchorOf(entry: MapEntry, entries: readonly MapEntry[], itemOf: (key: string | undefined) => Item | undefined): Item | undefined {
  let key = entry.after;
  for (let step = 0; key !== undefined && !itemOf(key) && step < entries.length; step += 1) {
    key = entries.find((other) => other.key === key)?.after;
  }
  return itemOf(key);
}

/** The new value's first line (after `key: `) and the lines below it (a block scalar's body). */
interface ScalarSource {
  readonly head: string;
  readonly body: string;
}

function scalarSource(value: string, style: Style, indent: number, inFlow: boolean): ScalarSource {
  const token = CST.createScalarToken(value, { indent, inFlow, type: style, end: [] });
  if (token.type === 'block-scalar') return { head: (token.props[0] as CST.SourceToken).source, body: token.source };
  if (token.type === 'scalar' && !readsBackAs(token.source, value)) {
    // A plain 42, true or null would be read back as a number, boolean or nothing.
    return scalarSource(value, 'QUOTE_DOUBLE', indent, inFlow);
  }
  return { head: token.source, body: '' };
}

function readsBackAs(source: string, value: string): boolean {
  try {
    return parse(source) === value;
  } catch {
    return false;
  }
}

function replaceValue(text: string, item: Item, source: ScalarSource, inFlow: boolean, eol: string): Splice[] {
  const value = item.value as ValueToken | undefined;
  if (value && !CST.isScalar(value)) {
    throw new UsageError(`cannot replace a ${(value as CST.Token).type} with text`, 'write the Welsh into the file by hand');
  }
  const head = value ? headRange(item) : { end: separatorEnd(item) };
  const headStart = value ? value.offset : head.end;
  const splices: Splice[] = [{ start: headStart, end: head.end, text: value ? source.head : ` ${source.head}` }];
  if (inFlow) return splices;
  const body = bodyRange(text, item);
  splices.push({ start: body.start, end: body.end, text: (body.missingBreak && source.body ? eol : '') + withEol(source.body, eol) });
  return splices;
}

/** Where the value's first line ends: after its source (a block scalar's header), before any comment. */
function headRange(item: Item): { end: number } {
  const value = item.value as ValueToken | undefined;
  if (!value) return { end: separatorEnd(item) };
  if (value.type === 'block-scalar') {
    const header = value.props[0] as CST.SourceToken;
    return { end: header.offset + header.source.length };
  }
  return { end: value.offset + value.source.length };
}

/** A block scalar's body, or the empty range at the start of the next line. */
function bodyRange(text: string, item: Item): { start: number; end: number; missingBreak: boolean } {
  const value = item.value as ValueToken | undefined;
  if (value?.type === 'block-scalar') {
    const last = value.props[value.props.length - 1] as CST.SourceToken;
    const start = last.offset + last.source.length;
    return { start, end: start + value.source.length, missingBreak: false };
  }
  const end = lineEndAfter(text, item);
  return { start: end.end, end: end.end, missingBreak: end.missingBreak };
}

/** The start of the line after the item's value; at the end of a text without a final line break, its end. */
function lineEndAfter(text: string, item: Item): { end: number; missingBreak: boolean } {
  const value = item.value as ValueToken | undefined;
  if (value?.type === 'block-scalar') {
    const body = bodyRange(text, item);
    return { end: body.end, missingBreak: body.end === text.length && !text.endsWith('\n') };
  }
  const from = headRange(item).end;
  const lineBreak = text.indexOf('\n', from);
  return lineBreak < 0 ? { end: text.length, missingBreak: true } : { end: lineBreak + 1, missingBreak: false };
}

function separatorEnd(item: Item): number {
  const indicator = item.sep?.find((token) => token.type === 'map-value-ind');
  if (!indicator) throw new Error('a map item without ":"');
  return indicator.offset + indicator.source.length;
}

function styleFor(entry: MapEntry, like: CST.Token | undefined, inFlow: boolean): Style {
  if (entry.quoted) return 'QUOTE_DOUBLE';
  const multiline = entry.value.includes('\n');
  const likeStyle = like && CST.isScalar(like) ? tokenStyle(like) : 'PLAIN';
  const isBlock = likeStyle === 'BLOCK_LITERAL' || likeStyle === 'BLOCK_FOLDED';
  if (inFlow) return multiline || isBlock ? 'QUOTE_DOUBLE' : likeStyle;
  if (isBlock) return likeStyle;
  if (multiline) return 'BLOCK_LITERAL';
  // Welsh is full of apostrophes: doubling each one in single quotes helps no one.
  return likeStyle === 'QUOTE_SINGLE' && entry.value.includes("'") ? 'QUOTE_DOUBLE' : likeStyle;
}

function tokenStyle(token: ValueToken): Style {
  if (token.type === 'block-scalar') return (token.props[0] as CST.SourceToken).source.startsWith('>') ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
  if (token.type === 'single-quoted-scalar') return 'QUOTE_SINGLE';
  if (token.type === 'double-quoted-scalar') return 'QUOTE_DOUBLE';
  return 'PLAIN';
}

/** A block scalar's body is indented like the English's (or the old Welsh's); otherwise two spaces in. */
function contentIndent(map: CST.BlockMap | CST.FlowCollection, like: CST.Token | undefined, old: CST.Token | undefined, style: Style): number {
  if (style !== 'BLOCK_LITERAL' && style !== 'BLOCK_FOLDED') return map.indent;
  for (const token of [like, old]) {
    if (token?.type !== 'block-scalar') continue;
    const line = token.source.split('\n').find((candidate) => candidate.trim());
    if (line) return line.length - line.trimStart().length;
  }
  return map.indent + 2;
}

function keyOf(item: Item): string | undefined {
  if (!item.key || !CST.isScalar(item.key)) return undefined;
  const resolved = CST.resolveAsScalar(item.key, false, () => undefined);
  return resolved ? resolved.value : undefined;
}

function withEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

/** Later splices first, so earlier offsets stay true; at one offset, the one made first ends up first. */
function applySplices(text: string, splices: readonly Splice[]): string {
  const ordered = splices.map((splice, order) => ({ ...splice, order })).sort((a, b) => b.start - a.start || b.order - a.order);
  let result = text;
  for (const splice of ordered) result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  return result;
}

function checkResult(before: string, after: string, edits: readonly MapEdit[]): void {
  const expected = parseDocument(before);
  for (const edit of edits) for (const entry of edit.entries) expected.setIn([...edit.path, entry.key], entry.value);
  const actual = parseDocument(after);
  if (actual.errors.length > 0 || !isDeepStrictEqual(actual.toJS(), expected.toJS())) {
    throw new Error(`writing in place did not give the intended YAML${actual.errors[0] ? `: ${actual.errors[0].message}` : ''}`);
  }
}
