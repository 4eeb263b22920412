import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadLocale, say } from '../../src/locale/index.js';
import { ratingView } from '../../src/render/view/ratings.js';
import type { ReportFile } from '../../src/schema/index.js';

const localeKeys = (language: string) => {
  const raw = parse(readFileSync(new URL(`../../templates/locales/${language}.yaml`, import.meta.url), 'utf8')) as Record<string, unknown>;
  const keys = (value: unknown, prefix: string): string[] =>
    // A counted phrase has the forms its language's plural rules need, which differ between languages.
    value && typeof value === 'object' && !Array.isArray(value) && prefix !== 'soft_mutations' && !/^counted\./.test(prefix)
      ? Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  return keys(raw, '').sort();
};

describe('the locale files', () => {
  it('have the same keys in English and Welsh', () => {
    expect(localeKeys('cy')).toEqual(localeKeys('en'));
  });

  it('keep the same placeholders in every translated string (Welsh may use the mutated form)', () => {
    const names = (text: string) => [...text.matchAll(/\{([a-z_]+)\}/g)].map((match) => match[1]!.replace(/_mutated$/, '')).sort();
    const en = loadLocale('en').strings;
    const cy = loadLocale('cy').strings;
    for (const key of Object.keys(en)) expect(names(cy[key]!), key).toEqual(names(en[key]!));
  });

  it('give every counted phrase an "other" form with its {count}, and no placeholder it is not given', () => {
    const names = (text: string) => [...text.matchAll(/\{([a-z_]+)\}/g)].map((match) => match[1]!);
    for (const language of ['en', 'cy'] as const) {
      for (const [key, forms] of Object.entries(loadLocale(language).counted)) {
        expect(names(forms.other ?? ''), `${language} ${key}`).toContain('count');
        for (const form of Object.values(forms)) for (const name of names(form)) expect(['count', 'noun', 'plural'], `${language} ${key}`).toContain(name);
      }
    }
  });
});

const scale: ReportFile['scale'] = {
  red: { label: { en: 'Red', cy: 'Coch' }, colour: '#FF0000', meaning: { en: 'r', cy: 'r' } },
  amber: { label: { en: 'Amber', cy: 'Ambr' }, colour: '#FFC000', meaning: { en: 'a', cy: 'a' } },
  green: { label: { en: 'Green', cy: 'Gwyrdd' }, colour: '#00B050', meaning: { en: 'g', cy: 'g' } },
};
const definition = { scale } as ReportFile;

function changeSentence(language: 'en' | 'cy', from: string, to: string): string {
  const locale = loadLocale(language);
  const [a, b] = [ratingView(definition, from, locale), ratingView(definition, to, locale)];
  return say(locale, 'change_without_reason', { action: 'X', from: a.label, to: b.label, from_mutated: a.mutated, to_mutated: b.mutated });
}

describe('Welsh change sentences', () => {
  it.each([
    ['red', 'amber', 'Mae hyn wedi newid o Goch i Ambr'],
    ['red', 'green', 'Mae hyn wedi newid o Goch i Wyrdd'],
    ['amber', 'red', 'Mae hyn wedi newid o Ambr i Goch'],
    ['amber', 'green', 'Mae hyn wedi newid o Ambr i Wyrdd'],
    ['green', 'red', 'Mae hyn wedi newid o Wyrdd i Goch'],
    ['green', 'amber', 'Mae hyn wedi newid o Wyrdd i Ambr'],
  ])('%s → %s mutates both labels: %s', (from, to, expected) => {
    expect(changeSentence('cy', from, to)).toBe(`X – ${expected.replace(/^Mae/, 'mae')}.`);
  });

  it('does not mutate Amherthnasol (n/a)', () => {
    expect(changeSentence('cy', 'green', 'n/a')).toBe('X – mae hyn wedi newid o Wyrdd i Amherthnasol.');
  });

  it('mutates a fourth rating by the locale (Glas → Las) or by its label_mutated in report.yaml', () => {
    const wider = {
      scale: {
        ...scale,
        blue: { label: { en: 'Blue', cy: 'Glas' }, colour: '#0070C0', meaning: { en: 'b', cy: 'b' } },
        purple: { label: { en: 'Purple', cy: 'Porffor' }, label_mutated: 'Borffor', colour: '#7030A0', meaning: { en: 'p', cy: 'p' } },
      },
    } as ReportFile;
    const locale = loadLocale('cy');
    expect(ratingView(wider, 'blue', locale).mutated).toBe('Las');
    expect(ratingView(wider, 'purple', locale).mutated).toBe('Borffor');
  });

  it('reads the English sentence unchanged', () => {
    expect(changeSentence('en', 'amber', 'green')).toBe('X – this has changed from Amber to Green.');
  });

  it('has Welsh headings for actions added and removed', () => {
    expect(say(loadLocale('cy'), 'added_heading')).toBe('Camau gweithredu a ychwanegwyd y chwarter hwn:');
    expect(say(loadLocale('cy'), 'removed_heading')).toBe('Camau gweithredu a ddilëwyd ers y chwarter blaenorol:');
  });
});
