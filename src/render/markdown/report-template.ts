import { compileTemplate } from '../../templates/compile-template.js';
import { loadTemplate, templatePath } from '../../templates-path.js';

/** templates/report.md.hbs, compiled strictly: a field the view lacks is an error, never a blank. */
export function reportTemplate(): HandlebarsTemplateDelegate {
  return loadTemplate(templatePath('report.md.hbs'), (text) => compileTemplate('report.md.hbs', text));
}
