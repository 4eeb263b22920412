import { formatQuarter, parseQuarter, previousQuarter } from '../quarter/index.js';

/** A quarter to read, with the one before it and the latest `trendQuarters` up to it (a trend chart's). */
export interface OnlyQuarter {
  readonly quarter: string;
  readonly trendQuarters: number;
}

export function wantedQuarters({ quarter, trendQuarters }: OnlyQuarter, folders: readonly string[]): string[] {
  const previous = formatQuarter(previousQuarter(parseQuarter(quarter)!));
  if (trendQuarters === 0) return [quarter, previous];
  const upToQuarter = folders.filter((name) => parseQuarter(name) && name <= quarter).sort();
  return [quarter, previous, ...upToQuarter.slice(-trendQuarters)];
}
