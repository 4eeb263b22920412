import { localeChartBlock } from './chart-inputs.js';

const wordsOf = (block: unknown) =>
  new Set(
    Object.values(block as Record<string, string>)
      .join(' ')
      .replace(/\{[a-z_]+\}/g, ' ')
      .match(/\p{L}+/gu) ?? [],
  );

const WELSH = wordsOf(localeChartBlock('cy'));
/** Words of the English chart templates that are not also Welsh ("RAG" is both). */
const ENGLISH_ONLY = [...wordsOf(localeChartBlock('en'))].filter((word) => !WELSH.has(word));

/** The English-only template words found in `text`, as whole words. */
export function englishOnlyWords(text: string): string[] {
  const found = new Set(text.match(/\p{L}+/gu) ?? []);
  return ENGLISH_ONLY.filter((word) => found.has(word));
}
