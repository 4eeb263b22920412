import { describe, expect, it } from 'vitest';
import { loadLocale, sayCounted } from '../../src/locale/index.js';
import { itemNoun } from '../../src/render/view/item-noun.js';
import { joinList } from '../../src/render/view/join-list.js';
import { ofItems } from '../../src/render/view/report-view.js';

const COUNTS = [0, 1, 2, 3, 6, 11, 50];
const en = loadLocale('en');
const cy = loadLocale('cy');

// The business plan's item_noun, as data/business-plan/report.yaml gives it.
const actions = {
  en: { one: 'action', other: 'actions' },
  cy: { one: 'cam gweithredu', two: 'gam gweithredu', few: 'cham gweithredu', many: 'cham gweithredu', other: 'cam gweithredu', plural: 'camau gweithredu' },
};
const areas = {
  en: { one: 'action area', other: 'action areas' },
  cy: { one: 'maes gweithredu', two: 'faes gweithredu', other: 'maes gweithredu', plural: 'meysydd gweithredu' },
};

describe('the count of rated items', () => {
  it.each([
    [0, 'None of the actions has a RAG rating.', "Nid oes gan yr un o'r camau gweithredu statws RAG."],
    [1, 'Of the 1 action:', "O'r 1 cam gweithredu:"],
    [2, 'Of the 2 actions:', "O'r 2 gam gweithredu:"],
    [3, 'Of the 3 actions:', "O'r 3 cham gweithredu:"],
    [6, 'Of the 6 actions:', "O'r 6 cham gweithredu:"],
    [11, 'Of the 11 actions:', "O'r 11 cam gweithredu:"],
    [50, 'Of the 50 actions:', "O'r 50 cam gweithredu:"],
  ])('of %i reads with the noun that follows that number', (count, english, welsh) => {
    expect(ofItems(count, itemNoun(actions, en), en)).toBe(english);
    expect(ofItems(count, itemNoun(actions, cy), cy)).toBe(welsh);
  });

  it('counts action areas with the singular in Welsh, mutated after 2', () => {
    expect(COUNTS.map((count) => ofItems(count, itemNoun(areas, cy), cy))).toEqual([
      "Nid oes gan yr un o'r meysydd gweithredu statws RAG.",
      "O'r 1 maes gweithredu:",
      "O'r 2 faes gweithredu:",
      "O'r 3 maes gweithredu:",
      "O'r 6 maes gweithredu:",
      "O'r 11 maes gweithredu:",
      "O'r 50 maes gweithredu:",
    ]);
    expect(ofItems(1, itemNoun(areas, en), en)).toBe('Of the 1 action area:');
  });

  it('needs no agreement when item_noun is a plain plural', () => {
    const plain = { en: 'actions', cy: 'camau gweithredu' };
    for (const count of COUNTS) {
      expect(ofItems(count, itemNoun(plain, en), en)).toBe(`Number of actions rated: ${count}`);
      expect(ofItems(count, itemNoun(plain, cy), cy)).toBe(`Nifer y camau gweithredu â statws RAG: ${count}`);
    }
  });
});

describe('the count of actions not applicable', () => {
  it('is singular after one in Welsh ("heb ei gyfrif") and plural otherwise', () => {
    expect(COUNTS.map((count) => sayCounted(cy, 'not_applicable_count', count))).toEqual([
      '0 yn amherthnasol (heb eu cyfrif).',
      '1 yn amherthnasol (heb ei gyfrif).',
      '2 yn amherthnasol (heb eu cyfrif).',
      '3 yn amherthnasol (heb eu cyfrif).',
      '6 yn amherthnasol (heb eu cyfrif).',
      '11 yn amherthnasol (heb eu cyfrif).',
      '50 yn amherthnasol (heb eu cyfrif).',
    ]);
    expect(COUNTS.map((count) => sayCounted(en, 'not_applicable_count', count))).toEqual(COUNTS.map((count) => `${count} not applicable (not counted).`));
  });
});

describe('lists of ratings', () => {
  it('join with commas, then "and" in English', () => {
    expect(joinList(['red'], en)).toBe('red');
    expect(joinList(['red', 'amber'], en)).toBe('red and amber');
    expect(joinList(['red', 'amber', 'purple', 'black'], en)).toBe('red, amber, purple and black');
  });

  it('join with commas, then "a" in Welsh, "ac" before a vowel, and aspirate c, p and t', () => {
    expect(joinList(['coch', 'ambr', 'porffor', 'du'], cy)).toBe('coch, ambr, porffor a du');
    expect(joinList(['coch', 'ambr'], cy)).toBe('coch ac ambr');
    expect(joinList(['ambr', 'coch'], cy)).toBe('ambr a choch');
    expect(joinList(['ambr', 'porffor'], cy)).toBe('ambr a phorffor');
    expect(joinList(['ambr', 'tywyll'], cy)).toBe('ambr a thywyll');
    expect(joinList(['coch', 'gwyrdd'], cy)).toBe('coch a gwyrdd');
  });
});
