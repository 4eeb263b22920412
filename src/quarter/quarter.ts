/**
 * A UK public-sector financial quarter: `2023Q2` is quarter 2 of 2023/24,
 * July to September 2023. Quarter 4 falls in the next calendar year.
 */
export interface Quarter {
  /** The calendar year in which the financial year starts (2023 for 2023/24). */
  readonly year: number;
  /** 1 to 4. */
  readonly number: 1 | 2 | 3 | 4;
}

const QUARTER_PATTERN = /^(\d{4})Q([1-4])$/;

/** Parses `2023Q2`; anything else (`2023Q5`, `23Q2`, `../x`) gives undefined. */
export function parseQuarter(text: string): Quarter | undefined {
  const match = QUARTER_PATTERN.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), number: Number(match[2]) as Quarter['number'] };
}

export function formatQuarter(quarter: Quarter): string {
  return `${quarter.year}Q${quarter.number}`;
}

export function previousQuarter(quarter: Quarter): Quarter {
  return quarter.number === 1
    ? { year: quarter.year - 1, number: 4 }
    : { year: quarter.year, number: (quarter.number - 1) as Quarter['number'] };
}

export function nextQuarter(quarter: Quarter): Quarter {
  return quarter.number === 4
    ? { year: quarter.year + 1, number: 1 }
    : { year: quarter.year, number: (quarter.number + 1) as Quarter['number'] };
}

/** "2023/24" */
export function financialYearLabel(quarter: Quarter): string {
  return `${quarter.year}/${String((quarter.year + 1) % 100).padStart(2, '0')}`;
}

/** The quarter's three months as Date objects (first day, UTC), in order. */
export function quarterMonths(quarter: Quarter): Date[] {
  const firstMonth = 3 + (quarter.number - 1) * 3; // April is month 3 (0-based)
  return [0, 1, 2].map((offset) => new Date(Date.UTC(quarter.year, firstMonth + offset, 1)));
}
