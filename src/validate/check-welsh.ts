import { fieldName, locate, type SourceFile } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';
import { sourceHash } from '../translate/source-hash.js';
import { textFields } from './text-fields.js';

/** Warnings for texts with no Welsh, and Welsh translated from an English text that has since changed. */
export function checkWelsh(file: string, source: SourceFile, value: unknown): Problem[] {
  const texts = textFields(value).flatMap(({ path, text }): Problem[] => {
    const field = () => fieldName(value, path);
    if (!text.cy?.trim()) return [problem('missing-welsh', { file, ...locate(source, path) }, { field: field() })];
    if (!text.cy_source) return [];
    const hash = sourceHash(text.en);
    if (text.cy_source !== hash) return [problem('stale-welsh', { file, ...locate(source, [...path, 'cy']) }, { field: field(), hash })];
    return [];
  });
  return [...texts, ...countedNounWithoutWelsh(file, source, value)];
}

/**
 * report.yaml's item_noun given by its counted forms ({ en: { one, other } })
 * is not a text of the shape textFields finds, so its Welsh is looked for here:
 * Welsh forms, or at least a Welsh plural.
 */
function countedNounWithoutWelsh(file: string, source: SourceFile, value: unknown): Problem[] {
  const noun = (value as { item_noun?: { en?: unknown; cy?: unknown } } | null)?.item_noun;
  if (typeof noun?.en !== 'object' || noun.en === null) return [];
  const welsh = noun.cy;
  if ((typeof welsh === 'object' && welsh !== null) || (typeof welsh === 'string' && welsh.trim())) return [];
  return [problem('missing-welsh', { file, ...locate(source, ['item_noun']) }, { field: 'item_noun' })];
}
