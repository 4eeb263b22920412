import type { Locale } from '../../locale/index.js';
import type { BilingualText, Language } from '../../schema/index.js';
import { escapeInline } from '../markdown/escape-markdown.js';

/**
 * The text in `language`. A Welsh text that is missing is an error caught
 * before rendering, unless the build is a draft: then the English stands in
 * with a visible marker.
 */
export function inLanguage(text: BilingualText, language: Language, locale: Locale): string {
  if (language === 'en') return text.en.trim();
  const welsh = text.cy?.trim();
  return welsh ? welsh : `${untranslatedMarker(locale)} ${text.en.trim()}`;
}

/**
 * The text in `language` as plain text, for titles, properties and sentences that
 * escape what they are given: a draft's marker is plain words there, not Markdown.
 */
export function plainInLanguage(text: BilingualText, language: Language, locale: Locale): string {
  if (language === 'en') return text.en.trim();
  const welsh = text.cy?.trim();
  return welsh ? welsh : `${locale.strings.untranslated!} ${text.en.trim()}`;
}

/** The first paragraph of a Markdown text on one line: an action's name in a sentence. */
export function firstParagraph(markdown: string): string {
  return markdown.trim().split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ');
}

/** The visible mark on a text standing in for a missing translation, in a draft. */
export function untranslatedMarker(locale: Locale): string {
  return `*${escapeInline(locale.strings.untranslated!)}*`;
}
