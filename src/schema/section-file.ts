import * as z from 'zod';
import { bilingualText } from './text.js';

export const ACTION_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const action = z
  .strictObject({
    id: z
      .string()
      .regex(ACTION_ID_PATTERN, 'must be lower-case letters, digits and hyphens, e.g. plan-development')
      .describe('Stable id of the action, the same in every quarter; unique within the report.'),
    title: bilingualText('Optional short name of the action, used where the report names it in a sentence ("Police and Crime Plan"). Default: the action text up to its first colon, when that part is short.').optional(),
    action: bilingualText('The action required.'),
    rag: z
      .string()
      .describe("The rating: a key of the report's scale (red, amber, green, ...) or n/a. Case does not matter."),
    lead: z
      .union([z.string().min(1), bilingualText('The business area lead.')])
      .optional()
      .describe('Optional: the business area lead.'),
    update: bilingualText('The progress update this quarter, as Markdown. For n/a, say why.'),
    change_reason: bilingualText(
      'Why the rating moved since the previous quarter: a clause read after "as" (English) and "oherwydd" (Welsh).',
    ).optional(),
  })
  .describe('One action with its rating and progress update.');

export const sectionFileSchema = z
  .strictObject({
    section: z
      .union([z.string(), z.number()])
      .transform(String)
      .describe('The section id; equals the file name without .yaml.'),
    ref: bilingualText('Optional short reference printed before the title, e.g. "Priority 1". Default: the section id.').optional(),
    title: bilingualText('The section title.'),
    actions: z.array(action).describe('The actions of the section, in report order.'),
  })
  .describe('One section of a report in one quarter.');

export type SectionFile = z.infer<typeof sectionFileSchema>;
export type Action = SectionFile['actions'][number];
