import * as z from 'zod';

/** The plural categories of Intl.PluralRules (CLDR): English uses one and other; Welsh all six. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const form = (what: string) => z.string().trim().min(1, 'is empty').optional().describe(what);

/**
 * A noun's forms after a number, by plural category: Welsh counts with the
 * singular, mutated by the number ("2 faes", "3 cham"), so one plural cannot
 * serve every count. `plural` is the noun with no number before it ("the
 * action areas"); it defaults to `other`, which is right for English.
 */
const countedForms = z
  .strictObject({
    zero: form('After 0 (Welsh: "0 maes gweithredu").'),
    one: form('After 1: "1 action area", "1 maes gweithredu".'),
    two: form('After 2 (Welsh, soft mutation: "2 faes gweithredu").'),
    few: form('After 3 (Welsh, aspirate mutation of c, p, t: "3 cham gweithredu").'),
    many: form('After 6 (Welsh, aspirate mutation of c, p, t: "6 cham gweithredu").'),
    other: z.string().trim().min(1, 'is empty').describe('After any other number: "50 action areas", "50 maes gweithredu".'),
    plural: form('With no number: "the action areas", "y meysydd gweithredu". Default: other.'),
  })
  .describe('The noun after each kind of number (the plural categories of Intl.PluralRules).');

export type CountedForms = z.infer<typeof countedForms>;

/** `item_noun`: the plural in each language, or its counted forms. */
export const countedNoun = z
  .strictObject({
    en: z.union([z.string().trim().min(1, 'is empty'), countedForms]).describe('English: the plural ("action areas"), or its forms by count.'),
    cy: z
      .union([z.string(), countedForms])
      .nullish()
      .transform((text) => text ?? undefined)
      .optional()
      .describe('Welsh: the plural ("meysydd gweithredu"), or, better, its forms by count, since Welsh counts with the singular.'),
    cy_source: z.string().regex(/^[0-9a-f]{8}$/).optional().describe('Written by `rag-report translations import`.'),
  })
  .describe('What the rated items are called: the plural ("Of the 50 action areas"), or the forms after each kind of number.');

export type CountedNoun = z.infer<typeof countedNoun>;
