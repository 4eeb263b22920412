import type { ReportFile } from '../schema/index.js';

/** The rating keys from worst to best, as report.yaml orders them. */
export function scaleKeys(definition: ReportFile): string[] {
  return Object.keys(definition.scale);
}

export interface AttentionRule {
  /** Ratings that count as a concern. */
  readonly ratings: readonly string[];
  /** A section is listed when its concern share reaches this. */
  readonly share: number;
  /** ...or when any of its actions has one of these. */
  readonly always: readonly string[];
}

/** report.yaml's attention rule with the contract's defaults filled in. */
export function attentionRule(definition: ReportFile): AttentionRule {
  const keys = scaleKeys(definition);
  return {
    ratings: definition.attention?.ratings ?? keys.slice(0, -1),
    share: definition.attention?.share ?? 0.5,
    always: definition.attention?.always ?? keys.slice(0, 1),
  };
}
