import type { Quarter } from '../../quarter/index.js';
import type { Language } from '../../schema/index.js';
import { quarterWords } from '../quarter-words.js';

/**
 * The start of a quarter's summary.<language>.md: guidance as comments in
 * the front matter, so that nothing of it is printed if it is left there,
 * and an empty body to write in.
 */
export function narrativeStub(language: Language, quarter: Quarter, previous: Quarter): string {
  const now = quarterWords(quarter, language);
  const before = quarterWords(previous, language);
  const notes = language === 'cy' ? welshNotes(now.name, now.months, before.name) : englishNotes(now.name, now.months, before.name);
  return ['---', ...notes.map((note) => `# ${note}`), '---', '', ''].join('\n');
}

function englishNotes(name: string, months: string, previous: string): string[] {
  return [
    `Executive summary for ${name} (${months}).`,
    'Write it below the second --- line, in Markdown: a few sentences on how the ratings',
    `have moved since ${previous}, and why. rag-report adds the figures, the rating changes`,
    'and the sections needing attention itself. These lines starting with # are not printed.',
  ];
}

function welshNotes(name: string, months: string, previous: string): string[] {
  return [
    `Crynodeb gweithredol ${name} (${months}).`,
    'Ysgrifennwch ef o dan yr ail linell ---, yn Markdown: y fersiwn Gymraeg o summary.en.md.',
    `Mae rag-report yn ychwanegu'r ffigurau, y newidiadau ers ${previous} a'r adrannau sydd angen`,
    "sylw ei hun. Nid yw'r llinellau hyn sy'n dechrau â # yn cael eu hargraffu.",
    '(The Welsh of summary.en.md: write it below the second --- line; these notes are not printed.)',
  ];
}
