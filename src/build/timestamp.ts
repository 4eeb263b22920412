import { nextQuarter, quarterMonths, type Quarter } from '../quarter/index.js';

/**
 * The date written into documents: SOURCE_DATE_EPOCH when set (reproducible
 * builds), otherwise the day after the quarter ends, so that the same data
 * always gives the same bytes.
 */
export function documentTimestamp(quarter: Quarter, env: Readonly<Record<string, string | undefined>>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return quarterMonths(nextQuarter(quarter))[0]!;
}
