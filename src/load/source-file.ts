import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type YAMLMap } from 'yaml';
import { FILE_START, type Position } from '../problems/index.js';

export type PathSegment = string | number;

/** A parsed YAML file, kept so that later stages can point at any value in it. */
export interface SourceFile {
  /** As shown to the user: relative to the working directory. */
  readonly path: string;
  readonly document: Document;
  readonly lineCounter: LineCounter;
}

/**
 * Where the value at `path` starts. When the path goes further than the
 * file does (a missing field), the deepest node that exists is given, so a
 * missing `cy` points at the `update` map that should hold it. With
 * `target: 'key'` the key of the last segment is given instead (unknown keys).
 */
export function locate(source: SourceFile, path: readonly PathSegment[], target: 'value' | 'key' = 'value'): Position {
  let node: unknown = source.document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = pairsByKey(node).get(String(segment));
      if (!pair) break;
      if (isLast && target === 'key') {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      node = pair.value;
      // Nothing after the colon: point at the key rather than at the end of the line.
      offset = (isBlank(pair.value) ? undefined : rangeStart(pair.value)) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else {
      break;
    }
  }
  const position = source.lineCounter.linePos(offset);
  return position.line > 0 ? { line: position.line, column: position.col } : FILE_START;
}

const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * A map's pairs by key text, the first of each: built once per map, so that
 * pointing at every key of a map of 100,000 keys is not a search for each.
 */
function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const item of map.items) {
      const key = isPair(item) ? keyText(item.key) : undefined;
      if (key !== undefined && !index.has(key)) index.set(key, item);
    }
    indexes.set(map, index);
  }
  return index;
}

function keyText(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function isBlank(node: unknown): boolean {
  const range = (node as Node | null)?.range;
  return !range || range[0] === range[1];
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
