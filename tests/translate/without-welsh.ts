import { isPair, isScalar, parseDocument, visit, type Node } from 'yaml';

/**
 * The YAML text with every `cy:` and `cy_source:` of a bilingual text cut
 * out, found by the parser's own positions: whole lines in a block map, the
 * `, cy: ...` in a flow map. Two files that differ only in their Welsh give
 * the same result, byte for byte.
 */
export function withoutWelsh(text: string): string {
  const cuts: [number, number][] = [];
  visit(parseDocument(text), {
    Map(_, map) {
      if (!map.items.some((pair) => isScalar(pair.key) && pair.key.value === 'en')) return;
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !['cy', 'cy_source'].includes(String(pair.key.value))) continue;
        const keyStart = pair.key.range![0];
        const valueEnd = (pair.value as Node | null)?.range?.[1] ?? pair.key.range![1];
        if (map.flow) cuts.push([text.lastIndexOf(',', keyStart), valueEnd]);
        else cuts.push([text.lastIndexOf('\n', keyStart) + 1, lineEnd(text, Math.max(keyStart, valueEnd - 1))]);
      }
    },
  });
  let result = text;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + result.slice(end);
  return result;
}

function lineEnd(text: string, offset: number): number {
  const next = text.indexOf('\n', offset);
  return next < 0 ? text.length : next + 1;
}
