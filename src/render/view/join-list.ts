import type { Locale } from '../../locale/index.js';

/**
 * Words or clauses as one list: "red, amber and green"; in Welsh "coch, ambr
 * a gwyrdd", with "ac" before a vowel and the aspirate mutation "a" causes
 * ("ambr a choch"), so three or more ratings never read "coch ac ambr ac du".
 */
export function joinList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1]!;
  const and = locale.language === 'cy' ? welshAnd(last) : `and ${last}`;
  return `${items.slice(0, -1).join(', ')} ${and}`;
}

/** "a" before a consonant (c, p, t aspirated: "a choch"), "ac" before a vowel. */
function welshAnd(word: string): string {
  if (/^[aeiouwyâêîôûŵŷ]/i.test(word)) return `ac ${word}`;
  const aspirated = /^([cpt])(?!h)/i.exec(word);
  if (!aspirated) return `a ${word}`;
  const shouting = /^[A-Z]{2}/.test(word); // "CA" → "CHA", as a capitalised word keeps its case
  const h = shouting ? 'H' : 'h';
  return `a ${word[0]}${h}${word.slice(1)}`;
}
