import Handlebars from 'handlebars';
import { loadTemplate, templatePath } from '../../templates-path.js';

/** templates/report.md.hbs, compiled strictly: a field the view lacks is an error, never a blank. */
export function reportTemplate(): HandlebarsTemplateDelegate {
  return loadTemplate(templatePath('report.md.hbs'), (text) => Handlebars.create().compile(text, { strict: true }));
}
