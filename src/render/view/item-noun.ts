import { pickForm, type Locale } from '../../locale/index.js';
import type { CountedNoun } from '../../schema/index.js';

/** report.yaml's `item_noun` in one language. */
export interface ItemNoun {
  /** With no number before it: "the action areas". */
  readonly plural: string;
  /** After `count`, when the report gives counted forms: "50 maes gweithredu"; undefined for a plain plural. */
  readonly counted: ((count: number) => string) | undefined;
}

/**
 * The noun in the document's language. A plain plural cannot follow every
 * number ("1 actions", Welsh "50 meysydd"), so sentences with a count use it
 * only through `counted`, and fall back on phrasing that needs no agreement.
 */
export function itemNoun(noun: CountedNoun, locale: Locale): ItemNoun {
  const own = locale.language === 'en' ? noun.en : noun.cy;
  if (own === undefined || (typeof own === 'string' && !own.trim())) {
    // A draft: the English plural stands in, marked in words, as in any generated sentence.
    return { plural: `${locale.strings.untranslated!} ${plainPlural(noun.en)}`, counted: undefined };
  }
  if (typeof own === 'string') return { plural: own.trim(), counted: undefined };
  const tag = locale.strings.language_tag ?? locale.language;
  return { plural: own.plural ?? own.other, counted: (count) => pickForm(own, count, tag)! };
}

function plainPlural(value: CountedNoun['en']): string {
  return typeof value === 'string' ? value.trim() : (value.plural ?? value.other);
}
