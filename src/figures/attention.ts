import type { ReportSection } from '../model/index.js';
import type { AttentionRule } from './scale.js';
import { tally } from './tally.js';

export interface SectionAttention {
  readonly section: string;
  readonly rated: number;
  readonly counts: Record<string, number>;
  /** The fraction of the section's rated actions whose rating is a concern. */
  readonly share: number;
}

/** Sections needing attention by the report's rule, in report order. */
export function sectionsNeedingAttention(
  sections: readonly ReportSection[],
  scale: readonly string[],
  rule: AttentionRule,
): SectionAttention[] {
  return sections.flatMap((section): SectionAttention[] => {
    const ratings = section.actions.map((action) => action.rag);
    const { rated, counts } = tally(ratings, scale);
    const concerns = rule.ratings.reduce((sum, key) => sum + (counts[key] ?? 0), 0);
    // Unrounded, so that a reader comparing `share` with the rule reaches the tool's decision.
    const share = rated === 0 ? 0 : concerns / rated;
    const listed = (rated > 0 && share >= rule.share) || ratings.some((rating) => rule.always.includes(rating));
    return listed ? [{ section: section.id, rated, counts, share }] : [];
  });
}
