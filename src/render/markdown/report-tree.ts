import type { Root } from 'mdast';
import type { TemplateFile } from '../../load/index.js';
import { reportView, type ReportView, type ReportViewInput } from '../view/report-view.js';
import type { ParseMarkdown } from './parse-markdown.js';
import { parseReportMarkdown } from './parse-report-markdown.js';
import { reportTemplate } from './report-template.js';
import { TemplateFault } from './template-fault.js';
import { handlebarsFault } from '../../templates/handlebars-fault.js';

/**
 * One language's report as one document tree, made once: the template says
 * what the report holds and in what order, its output is parsed once, and
 * the data's Markdown texts are parsed once each and put in where it says.
 * The Markdown, HTML and docx documents are written from this tree.
 * `template` is the report's own copy of the template, if it has one;
 * `parse` parses each text (the build cache passes one that keeps trees).
 */
export function reportTree(input: ReportViewInput, { template, parse }: { template?: TemplateFile; parse?: ParseMarkdown } = {}): Root {
  const { view, fragments } = reportView(input);
  return parseReportMarkdown(filled(template, view), fragments, parse);
}

/** The template's text for this view; a fault of Handlebars (broken {{ }}, a field the view lacks) as a TemplateFault with its line. */
function filled(template: TemplateFile | undefined, view: ReportView): string {
  try {
    return reportTemplate(template)(view);
  } catch (error) {
    const fault = handlebarsFault(error);
    const reason = fault.missingField ? `"${fault.missingField}" is not a field of the report view` : fault.message;
    throw new TemplateFault(reason, fault.line === undefined ? undefined : { line: fault.line, column: fault.column ?? 0 });
  }
}
