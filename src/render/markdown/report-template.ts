import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import { templatePath } from '../../templates-path.js';

let compiled: HandlebarsTemplateDelegate | undefined;

/** templates/report.md.hbs, compiled strictly: a field the view lacks is an error, never a blank. */
export function reportTemplate(): HandlebarsTemplateDelegate {
  compiled ??= Handlebars.create().compile(readFileSync(templatePath('report.md.hbs'), 'utf8'), { strict: true });
  return compiled;
}
