import type { RatedAction, ReportSection } from '../model/index.js';

export interface RatingChange {
  readonly id: string;
  readonly section: string;
  readonly from: string;
  readonly to: string;
}

export interface ActionComparison {
  /** Actions in both quarters whose rating differs, in report order. */
  readonly changes: RatingChange[];
  /** Ids only in the current quarter, in report order. */
  readonly added: string[];
  /** Ids only in the previous quarter, in its report order. */
  readonly removed: string[];
}

export function compareActions(current: readonly ReportSection[], previous: readonly ReportSection[]): ActionComparison {
  const now = allActions(current);
  const before = new Map(allActions(previous).map((action) => [action.id, action]));
  const nowIds = new Set(now.map((action) => action.id));
  const changes = now.flatMap((action): RatingChange[] => {
    const earlier = before.get(action.id);
    return earlier && earlier.rag !== action.rag
      ? [{ id: action.id, section: action.section, from: earlier.rag, to: action.rag }]
      : [];
  });
  return {
    changes,
    added: now.filter((action) => !before.has(action.id)).map((action) => action.id),
    removed: [...before.keys()].filter((id) => !nowIds.has(id)),
  };
}

export function allActions(sections: readonly ReportSection[]): RatedAction[] {
  return sections.flatMap((section) => section.actions);
}
