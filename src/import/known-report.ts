import type { LoadedReport } from '../load/index.js';

/** What an existing report's quarters say about its sections and actions, for matching an import to them. */
export interface KnownReport {
  /** report.yaml's sections, in order. */
  readonly sections: readonly string[];
  /** Section id → its titles and refs in earlier quarters (English). */
  readonly titles: ReadonlyMap<string, readonly string[]>;
  readonly refs: ReadonlyMap<string, readonly string[]>;
  /** Every action of every quarter, nearest quarter to the imported one first. */
  readonly actions: readonly { readonly id: string; readonly section: string; readonly text: string; readonly quarter: string; readonly rating: string }[];
}

/** Reads the known sections and actions of `report`'s quarters, nearest to `quarter` first. */
export function knownReport(report: LoadedReport, quarter: string): KnownReport {
  const titles = new Map<string, string[]>();
  const refs = new Map<string, string[]>();
  const actions: { id: string; section: string; text: string; quarter: string; rating: string }[] = [];
  const byNearness = [...report.quarters].sort((a, b) => distance(a.id, quarter) - distance(b.id, quarter) || (a.id < b.id ? 1 : -1));
  for (const loaded of byNearness) {
    for (const section of loaded.sections) {
      if (!section.data) continue;
      push(titles, section.id, section.data.title.en);
      if (section.data.ref) push(refs, section.id, section.data.ref.en);
      for (const action of section.data.actions) {
        actions.push({ id: action.id, section: section.id, text: action.action.en, quarter: loaded.id, rating: action.rag.toLowerCase() });
      }
    }
  }
  return { sections: report.data?.sections ?? [], titles, refs, actions };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) list.push(value);
  map.set(key, list);
}

/** Quarters apart, from ids such as 2023Q2. */
function distance(a: string, b: string): number {
  const index = (id: string) => Number(id.slice(0, 4)) * 4 + Number(id.slice(5));
  return Math.abs(index(a) - index(b));
}
