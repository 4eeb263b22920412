import type { Language } from '../schema/index.js';
import type { ReportQuarter } from './report-quarter.js';

/**
 * Whether some text of the quarter (report.yaml's included, and the summary
 * when there is English prose) has nothing in `language`: only then is its
 * document a draft.
 */
export function missesText(quarter: ReportQuarter, language: Language): boolean {
  const english = quarter.narratives.en?.markdown.trim();
  if (english && !quarter.narratives[language]?.markdown.trim()) return true;
  return hasGap(quarter.definition, language) || quarter.sections.some((section) => hasGap(section, language));
}

/** A `{ en, ... }` text anywhere in `value` with no `language`: found by shape, as validate finds them. */
function hasGap(value: unknown, language: Language): boolean {
  if (Array.isArray(value)) return value.some((item) => hasGap(item, language));
  if (value === null || typeof value !== 'object') return false;
  const text = value as Record<string, unknown>;
  if (typeof text.en === 'string') return !(typeof text[language] === 'string' && (text[language] as string).trim());
  return Object.values(text).some((item) => hasGap(item, language));
}
