import Handlebars from 'handlebars';
import { handlebarsFault } from '../../templates/handlebars-fault.js';
import type { Narrative } from '../../load/index.js';
import { problem, type Problem } from '../../problems/index.js';
import type { Summary } from '../../figures/index.js';

const handlebars = Handlebars.create();
// {{{{raw}}}}{{braces}}{{{{/raw}}}} shows braces as written, as the hint below advises: a raw block needs its helper.
handlebars.registerHelper('raw', (options: Handlebars.HelperOptions) => options.fn(undefined));

/**
 * A summary.<lang>.md rendered with the quarter's figures, so prose such as
 * "{{current.counts.green}} actions are Green" cannot disagree with the data.
 * A field that does not exist is a problem pointing at its line.
 */
export function renderNarrative(narrative: Narrative, summary: Summary): { markdown: string } | { problem: Problem } {
  try {
    const template = handlebars.compile(narrative.markdown, { strict: true, noEscape: true });
    return { markdown: template({ ...narrative.frontMatter, ...summary }).trim() };
  } catch (error) {
    const fault = handlebarsFault(error);
    const place = { file: narrative.path, line: narrative.firstLine + (fault.line ?? 1) - 1, column: fault.column ?? 1 };
    const reason = fault.missingField ? `"${fault.missingField}" is not a figure of this quarter` : fault.message;
    return { problem: problem('narrative-field', place, { reason }) };
  }
}
