import type { ReportQuarter } from '../model/index.js';
import { sectionsNeedingAttention, type SectionAttention } from './attention.js';
import { allActions, compareActions, type RatingChange } from './compare-actions.js';
import { attentionRule, scaleKeys } from './scale.js';
import { tally, type Tally } from './tally.js';

/** Every figure of a report's quarter: the shape of summary.json, fixed by the contract. */
export interface Summary {
  readonly report: string;
  readonly quarter: string;
  readonly previousQuarter: string | null;
  readonly current: Tally;
  readonly previous: Tally | null;
  readonly changes: RatingChange[];
  readonly added: string[];
  readonly removed: string[];
  readonly attention: SectionAttention[];
}

/** Computes the figures once; every output is rendered from them. No file I/O. */
export function summarise(current: ReportQuarter, previous: ReportQuarter | undefined): Summary {
  const scale = scaleKeys(current.definition);
  const comparison = previous
    ? compareActions(current.sections, previous.sections)
    : { changes: [], added: [], removed: [] };
  return {
    report: current.report,
    quarter: current.quarterId,
    previousQuarter: previous?.quarterId ?? null,
    current: tally(ratingsOf(current), scale),
    previous: previous ? tally(ratingsOf(previous), scale) : null,
    ...comparison,
    attention: sectionsNeedingAttention(current.sections, scale, attentionRule(current.definition)),
  };
}

function ratingsOf(quarter: ReportQuarter): string[] {
  return allActions(quarter.sections).map((action) => action.rag);
}
