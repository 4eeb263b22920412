import { compileTemplate } from '../../templates/compile-template.js';

let compiled: HandlebarsTemplateDelegate | undefined;

/** templates/report.md.hbs, compiled strictly: a field the view lacks is an error, never a blank. */
export function reportTemplate(): HandlebarsTemplateDelegate {
  compiled ??= compileTemplate('report.md.hbs');
  return compiled;
}
