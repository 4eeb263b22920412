import { say, type Locale } from '../../locale/index.js';
import { financialYearLabel, quarterMonths, type Quarter } from '../../quarter/index.js';

/** "Quarter 2 2023/24" / "Chwarter 2 2023/24" */
export function quarterLabel(quarter: Quarter, locale: Locale): string {
  return say(locale, 'quarter', { number: quarter.number, year: financialYearLabel(quarter) });
}

/** "Q2 2023/24" / "Ch2 2023/24" */
export function quarterShortLabel(quarter: Quarter, locale: Locale): string {
  return `${say(locale, 'quarter_short', { number: quarter.number })} ${financialYearLabel(quarter)}`;
}

/** "The following report covers ... (July, August, September 2023)." */
export function periodSentence(quarter: Quarter, locale: Locale): string {
  const months = quarterMonths(quarter);
  return say(locale, 'period', {
    number: quarter.number,
    year: financialYearLabel(quarter),
    months: months.map((month) => locale.months[month.getUTCMonth()]).join(', '),
    calendar_year: months[0]!.getUTCFullYear(),
  });
}
