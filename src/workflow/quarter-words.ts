import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { financialYearLabel, quarterMonths, type Quarter } from '../quarter/index.js';
import type { Language } from '../schema/index.js';
import { packageFile } from '../package-root.js';

export interface QuarterWords {
  /** "Quarter 3 2023/24", "Chwarter 3 2023/24" */
  readonly name: string;
  /** "October, November, December 2023" */
  readonly months: string;
}

/** The quarter in prose, with the words of templates/locales/<language>.yaml. */
export function quarterWords(quarter: Quarter, language: Language): QuarterWords {
  const locale = parse(readFileSync(packageFile('templates', 'locales', `${language}.yaml`), 'utf8')) as {
    months: string[];
    quarter: string;
  };
  const months = quarterMonths(quarter);
  return {
    name: locale.quarter.replace('{number}', String(quarter.number)).replace('{year}', financialYearLabel(quarter)),
    months: `${months.map((month) => locale.months[month.getUTCMonth()]).join(', ')} ${months[0]!.getUTCFullYear()}`,
  };
}
