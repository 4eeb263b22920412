import { normaliseText } from './plain-text.js';
import { readableId } from './readable-id.js';
import { CLOSE, textSimilarity } from './text-similarity.js';

export interface ActionToName {
  readonly section: string;
  readonly text: string;
}

export interface KnownAction {
  readonly id: string;
  readonly section: string;
  readonly text: string;
}

/**
 * An id for each action: the id a known action of the report has when its
 * text is the same (exactly, then closely; the same section preferred),
 * else a new readable id from the text, unique in the report.
 */
export function assignIds(actions: readonly ActionToName[], known: readonly KnownAction[]): string[] {
  const ids: (string | undefined)[] = actions.map(() => undefined);
  const used = new Set<string>();
  const exact = new Map<string, KnownAction[]>();
  for (const action of known) {
    const key = normaliseText(action.text);
    exact.set(key, [...(exact.get(key) ?? []), action]);
  }
  actions.forEach((action, index) => {
    const candidates = (exact.get(normaliseText(action.text)) ?? []).filter((candidate) => !used.has(candidate.id));
    const chosen = candidates.find((candidate) => candidate.section === action.section) ?? candidates[0];
    if (chosen) {
      ids[index] = chosen.id;
      used.add(chosen.id);
    }
  });
  // Close matches, best first, each known id used once.
  const pairs: { index: number; id: string; score: number }[] = [];
  actions.forEach((action, index) => {
    if (ids[index] !== undefined) return;
    const seen = new Set<string>();
    for (const candidate of known) {
      if (used.has(candidate.id) || seen.has(candidate.id)) continue;
      seen.add(candidate.id);
      const score = textSimilarity(action.text, candidate.text) + (candidate.section === action.section ? 0.01 : 0);
      if (score >= CLOSE) pairs.push({ index, id: candidate.id, score });
    }
  });
  for (const pair of pairs.sort((a, b) => b.score - a.score)) {
    if (ids[pair.index] === undefined && !used.has(pair.id)) {
      ids[pair.index] = pair.id;
      used.add(pair.id);
    }
  }
  const taken = new Set([...known.map((action) => action.id), ...used]);
  return actions.map((action, index) => ids[index] ?? readableId(action.text, taken));
}
