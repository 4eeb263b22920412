import * as z from 'zod';
import { countedNoun } from './counted-noun.js';
import { bilingualText, LANGUAGES, type Language } from './text.js';

export const RATING_KEY_PATTERN = /^[a-z][a-z0-9-]*$/;
export const NOT_APPLICABLE = 'n/a';

const ratingKey = z
  .string()
  .regex(RATING_KEY_PATTERN, 'must be a lower-case word such as red, amber or green')
  .refine((key) => key !== NOT_APPLICABLE, 'n/a is always allowed and is not part of the scale');

const rating = z
  .strictObject({
    label: bilingualText('The rating as printed in the report, e.g. { en: Amber, cy: Ambr }.'),
    label_mutated: z
      .string()
      .optional()
      .describe(
        'The Welsh label after soft mutation ("o Goch i Wyrdd"). Needed only when it differs from the label and the rating is not red, amber, green or blue, whose forms are built in.',
      ),
    colour: z
      .string()
      .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour such as "#FFC000"')
      .describe('Cell shading for the rating, as "#RRGGBB". The text colour is chosen for contrast.'),
    meaning: bilingualText('What the rating means, shown in the report key.'),
  })
  .describe('One rating of the scale.');

const sectionId = z
  .union([z.string(), z.number()])
  .transform(String)
  .pipe(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be a file name without .yaml, e.g. 17a or priority-1'))
  .describe('A section id: the name of its file in each quarter folder, without .yaml.');

export const reportFileSchema = z
  .strictObject({
    title: bilingualText('The report title, e.g. "The Policing Protocol Order 2011".'),
    organisation: bilingualText('Who publishes the report.'),
    item_noun: countedNoun,
    logo: z
      .string()
      .min(1, 'is empty')
      .optional()
      .describe('Optional: an image (PNG or JPEG) inside the data folder, shown at the top of the title page; a path relative to report.yaml.'),
    template: z
      .string()
      .min(1, 'is empty')
      .optional()
      .describe("Optional: the report's own copy of the layout template (rag-report's templates/report.md.hbs), inside the data folder; a path relative to report.yaml."),
    languages: z
      .array(z.enum(LANGUAGES))
      .min(1, 'lists no languages')
      .refine((languages) => languages.includes('en'), 'must include en: every text is written in English first')
      .optional()
      .describe('The languages this report is published in. Default [en, cy]; [en] while the Welsh is still to come.'),
    introduction: bilingualText('The introduction, as Markdown.'),
    scale: z
      .record(ratingKey, rating)
      .refine((scale) => Object.keys(scale).length >= 2, 'needs at least two ratings')
      .describe('The ratings allowed in `rag:`, from worst to best.'),
    attention: z
      .strictObject({
        ratings: z
          .array(ratingKey)
          .optional()
          .describe('Ratings that count as a concern. Default: every rating but the best.'),
        share: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('A section is listed when this share of its rated actions is a concern. Default 0.5.'),
        always: z
          .array(ratingKey)
          .optional()
          .describe('A section is also listed when any action has one of these. Default: the worst rating.'),
      })
      .optional()
      .describe('Which sections the executive summary lists as needing attention.'),
    sections: z
      .array(sectionId)
      .min(1, 'lists no sections')
      .describe('The sections in report order; each quarter has one file per section.'),
  })
  .describe('What a report is: its titles, rating scale and sections. One per report folder.');

export type ReportFile = z.infer<typeof reportFileSchema>;
export type RatingDefinition = ReportFile['scale'][string];

/** The languages a report is published in: its `languages`, or both. */
export function reportLanguages(definition: Pick<ReportFile, 'languages'> | undefined): readonly Language[] {
  return definition?.languages ?? LANGUAGES;
}
