import type { TemplateFile } from '../../load/index.js';
import { compileTemplate } from '../../templates/compile-template.js';
import { loadTemplate, templatePath } from '../../templates-path.js';

/** Reports' own templates, compiled, by their text: the languages of a build share one. */
const own = new Map<string, HandlebarsTemplateDelegate>();

/**
 * The layout template, compiled strictly (a field the view lacks is an error,
 * never a blank): templates/report.md.hbs, or the report's own copy
 * (report.yaml `template`). A copy left as it is uses the precompiled one.
 */
export function reportTemplate(file?: TemplateFile): HandlebarsTemplateDelegate {
  if (!file) return loadTemplate(templatePath('report.md.hbs'), (text) => compileTemplate('report.md.hbs', text));
  let template = own.get(file.source);
  if (!template) {
    if (own.size > 16) own.clear();
    template = compileTemplate('report.md.hbs', file.source);
    own.set(file.source, template);
  }
  return template;
}
