import { locate, type LoadedQuarter } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';
import { NOT_APPLICABLE, type ReportFile } from '../schema/index.js';

/**
 * A rating that moved since the previous quarter should say why; a reason
 * where nothing moved, or one that only restates the move, reads wrongly in
 * the report (it prints "moved from Amber to Green as <reason>").
 */
export function checkChangeReasons(quarter: LoadedQuarter, previous: LoadedQuarter | undefined, definition: ReportFile | undefined): Problem[] {
  if (!previous) return [];
  const previousRatings = new Map(
    previous.sections.flatMap((section) => section.data?.actions ?? []).map((action) => [action.id, action.rag.toLowerCase()]),
  );
  const restates = restatement(definition);
  // An unknown rating is its own error: whether it moved means nothing yet.
  const known = (rating: string | undefined) => !definition || rating === NOT_APPLICABLE || (rating !== undefined && rating in definition.scale);
  return quarter.sections.flatMap((section) =>
    (section.data?.actions ?? []).flatMap((action, index): Problem[] => {
      const before = previousRatings.get(action.id);
      const now = action.rag.toLowerCase();
      if (before === undefined || !section.source || !known(before) || !known(now)) return [];
      const at = (field: string) => ({ file: section.path, ...locate(section.source!, ['actions', index, field]) });
      if (before !== now && !action.change_reason) return [problem('no-change-reason', at('rag'), { id: action.id, from: before, to: now, since: previous.id })];
      if (before === now && action.change_reason) return [problem('needless-change-reason', at('change_reason'), { id: action.id, rating: now, since: previous.id })];
      if (action.change_reason && restates.test(action.change_reason.en)) return [problem('change-reason-restates', at('change_reason'), { id: action.id })];
      return [];
    }),
  );
}

/** "moves from amber to green", "has changed to Green", "now green": the move, told again. */
function restatement(definition: ReportFile | undefined): RegExp {
  const names = definition
    ? Object.entries(definition.scale).flatMap(([key, rating]) => [key, rating.label.en])
    : ['red', 'amber', 'green'];
  const rating = `(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  return new RegExp(`\\bfrom\\s+${rating}\\s+to\\s+${rating}\\b|\\b(?:moves?|moved|changes?|changed|goes|went|gone|is\\s+now)\\s+(?:to\\s+)?${rating}\\b`, 'i');
}
