import { locate, type LoadedQuarter } from '../load/index.js';
import type { Problem } from '../problems/index.js';

/** A rating that moved since the previous quarter should say why. */
export function checkChangeReasons(quarter: LoadedQuarter, previous: LoadedQuarter | undefined): Problem[] {
  if (!previous) return [];
  const previousRatings = new Map(
    previous.sections.flatMap((section) => section.data?.actions ?? []).map((action) => [action.id, action.rag.toLowerCase()]),
  );
  return quarter.sections.flatMap((section) =>
    (section.data?.actions ?? []).flatMap((action, index): Problem[] => {
      const before = previousRatings.get(action.id);
      const now = action.rag.toLowerCase();
      if (before === undefined || before === now || action.change_reason || !section.source) return [];
      return [
        {
          file: section.path,
          ...locate(section.source, ['actions', index, 'rag']),
          severity: 'warning',
          code: 'no-change-reason',
          message: `the rating of "${action.id}" moved from ${before} to ${now} since ${previous.id} with no change_reason`,
          hint: 'add `change_reason: { en: ..., cy: ... }`: a clause read after "as", e.g. "the Annual Report has been published."',
        },
      ];
    }),
  );
}
