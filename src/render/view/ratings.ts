import { say, type Locale } from '../../locale/index.js';
import { NOT_APPLICABLE, type ReportFile } from '../../schema/index.js';
import { plainInLanguage } from './texts.js';

export interface RatingView {
  readonly key: string;
  readonly label: string;
  /** Soft-mutated in Welsh (after "o", "i", "yn"); the label itself in English. */
  readonly mutated: string;
  /** Shading colour, "#RRGGBB"; empty for n/a. */
  readonly colour: string;
  readonly meaning: string;
}

/** How a rating key reads in the document's language. */
export function ratingView(definition: ReportFile, key: string, locale: Locale): RatingView {
  if (key === NOT_APPLICABLE) {
    const label = say(locale, 'not_applicable');
    return { key, label, mutated: locale.softMutations[label] ?? label, colour: '', meaning: '' };
  }
  const rating = definition.scale[key]!;
  const label = plainInLanguage(rating.label, locale.language, locale);
  const mutated = locale.language === 'cy' ? rating.label_mutated ?? locale.softMutations[label] ?? label : label;
  return { key, label, mutated, colour: rating.colour, meaning: plainInLanguage(rating.meaning, locale.language, locale) };
}
