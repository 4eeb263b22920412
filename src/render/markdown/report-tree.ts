import type { Root } from 'mdast';
import { reportView, type ReportViewInput } from '../view/report-view.js';
import { parseReportMarkdown } from './parse-report-markdown.js';
import { reportTemplate } from './report-template.js';

/**
 * One language's report as one document tree, made once: the template says
 * what the report holds and in what order, its output is parsed once, and
 * the data's Markdown texts are parsed once each and put in where it says.
 * The Markdown, HTML and docx documents are written from this tree.
 */
export function reportTree(input: ReportViewInput): Root {
  const { view, fragments } = reportView(input);
  return parseReportMarkdown(reportTemplate()(view), fragments);
}
