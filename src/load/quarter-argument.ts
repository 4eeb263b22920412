import { UsageError } from '../errors.js';
import { parseQuarter } from '../quarter/index.js';

export function checkQuarterArgument(quarter: string): void {
  if (!parseQuarter(quarter)) {
    throw new UsageError(
      `"${quarter}" is not a quarter`,
      'write the financial year and quarter as YYYYQn, e.g. 2023Q2 for July to September 2023',
    );
  }
}
