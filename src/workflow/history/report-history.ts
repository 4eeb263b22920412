import type { LoadedReport } from '../../load/index.js';
import { reportQuarter, type ReportQuarter } from '../../model/index.js';
import { scaleKeys, summarise, type RatingChange, type Summary, type Tally } from '../../figures/index.js';
import type { BilingualText } from '../../schema/index.js';

/** How a quarter's figures differ from those of the quarter before it in the data. */
export interface Movement {
  /** The quarter compared with: the one before in the data (not always the calendar one before). */
  readonly from: string;
  readonly rated: number;
  readonly notApplicable: number;
  /** Differences of the counts, per rating key. */
  readonly counts: Record<string, number>;
  /** Differences of the percentages, in percentage points. */
  readonly percent: Record<string, number>;
  /** Actions whose rating moved to a better one of the scale. */
  readonly improved: number;
  /** ...to a worse one. */
  readonly worsened: number;
  readonly added: number;
  readonly removed: number;
}

export interface QuarterHistory {
  readonly quarter: string;
  readonly tally: Tally;
  /** Null for the report's first quarter. */
  readonly movement: Movement | null;
  /** Some of its texts are still to write (its ratings count all the same). */
  readonly inProgress: boolean;
}

export interface ReportHistory {
  readonly report: string;
  readonly title: BilingualText;
  /** Rating keys from worst to best. */
  readonly scale: readonly string[];
  readonly labels: Record<string, string>;
  readonly colours: Record<string, string>;
  /** Oldest first. */
  readonly quarters: readonly QuarterHistory[];
}

/**
 * Every quarter of a report with its figures and how they moved, from the
 * same `summarise` that makes summary.json. Call only on data that
 * validated without errors.
 */
export function reportHistory(report: LoadedReport, inProgress: ReadonlySet<string> = new Set()): ReportHistory {
  const definition = report.data!;
  const scale = scaleKeys(definition);
  const loaded = report.quarters.map((quarter) => reportQuarter(report, quarter.id)!);
  const quarters = loaded.map((quarter, index): QuarterHistory => {
    const summary = summarise(quarter, loaded[index - 1]);
    return {
      quarter: summary.quarter,
      tally: summary.current,
      movement: movementOf(summary, scale, loaded[index - 1]),
      inProgress: inProgress.has(summary.quarter),
    };
  });
  return {
    report: report.name,
    title: definition.title,
    scale,
    labels: Object.fromEntries(scale.map((key) => [key, definition.scale[key]!.label.en])),
    colours: Object.fromEntries(scale.map((key) => [key, definition.scale[key]!.colour])),
    quarters,
  };
}

function movementOf(summary: Summary, scale: readonly string[], previous: ReportQuarter | undefined): Movement | null {
  const before = summary.previous;
  if (!before || !previous) return null;
  const now = summary.current;
  const difference = (pick: (tally: Tally) => Record<string, number>) =>
    Object.fromEntries(scale.map((key) => [key, pick(now)[key]! - pick(before)[key]!]));
  return {
    from: previous.quarterId,
    rated: now.rated - before.rated,
    notApplicable: now.notApplicable - before.notApplicable,
    counts: difference((tally) => tally.counts),
    percent: difference((tally) => tally.percent),
    improved: summary.changes.filter((change) => direction(change, scale) > 0).length,
    worsened: summary.changes.filter((change) => direction(change, scale) < 0).length,
    added: summary.added.length,
    removed: summary.removed.length,
  };
}

/** +1 towards the best rating, -1 towards the worst, 0 to or from n/a. */
function direction(change: RatingChange, scale: readonly string[]): number {
  const from = scale.indexOf(change.from);
  const to = scale.indexOf(change.to);
  return from < 0 || to < 0 ? 0 : Math.sign(to - from);
}
