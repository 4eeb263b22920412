import type { Summary } from '../figures/index.js';
import type { Narrative } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';

/** The figures a summary may use: the fields of summary.json. Typed so that a new field is not forgotten. */
const FIGURES: Record<keyof Summary, true> = {
  report: true,
  quarter: true,
  previousQuarter: true,
  current: true,
  previous: true,
  changes: true,
  added: true,
  removed: true,
  attention: true,
};

/**
 * A front-matter field named like a figure would make the summary say
 * something other than summary.json (`current: {counts: {green: 999}}`):
 * an error, at the field's line.
 */
export function checkFrontMatter(narrative: Narrative): Problem[] {
  return Object.keys(narrative.frontMatter)
    .filter((key) => Object.hasOwn(FIGURES, key))
    .map((key) => problem('front-matter-figure', { file: narrative.path, line: narrative.frontMatterLines?.[key] ?? 1, column: 1 }, { key }));
}
