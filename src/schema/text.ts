import * as z from 'zod';

// In a module of its own, so that what needs only the list does not load zod.
export { LANGUAGES, type Language } from './languages.js';

const translationHash = z
  .string()
  .regex(/^[0-9a-f]{8}$/)
  .describe(
    'Written by `rag-report translations import`: a short hash of the English text the Welsh was translated from. When the English changes, validate warns that the Welsh is stale.',
  );

/**
 * A text given in both languages. English is required; missing Welsh is a
 * warning until a Welsh document is built.
 */
export function bilingualText(description: string) {
  return z
    .strictObject({
      en: z.string().trim().min(1, 'is empty').describe('English text.'),
      cy: z
        .string()
        .nullish()
        // A blank `cy:` left to fill in later is missing Welsh (a warning), not a wrong type.
        .transform((text) => text ?? undefined)
        .optional()
        .describe('Welsh text (Cymraeg), of equal standing with the English.'),
      cy_source: translationHash.optional(),
    })
    .describe(description);
}

export type BilingualText = z.infer<ReturnType<typeof bilingualText>>;
