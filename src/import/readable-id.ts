/** Words that say little about an action, left out of its id. */
const STOPWORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or our the their this to with within will we all any'.split(' '),
);
const MAX_WORDS = 4;
const MAX_LENGTH = 48;

/**
 * A short, readable id from a text ("Development of Police and Crime Plan
 * in line with ..." → "development-police-crime-plan"), made unique
 * against `taken` with -2, -3, ... The id is added to `taken`.
 */
export function readableId(text: string, taken: Set<string>, fallback = 'action'): string {
  const words = text
    .split(/\n\s*\n/)[0]!
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word && !STOPWORDS.has(word));
  let base = '';
  for (const word of words.slice(0, MAX_WORDS)) {
    const next = base ? `${base}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    base = next;
  }
  base ||= fallback;
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}
