import { locate, readTemplateFile, type LoadedReport } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';
import type { PendingCheck } from './pending-check.js';

/**
 * report.yaml's `template` must be a file inside the data folder that
 * Handlebars can read: a problem at the field's line, or at the template's
 * own line for a syntax fault (added to `later`: it needs the template engine).
 * Whether it makes the report is known when it does: `build` says so at the template's file.
 */
export function checkTemplate(report: LoadedReport, later: PendingCheck[]): Problem[] {
  const { data, source } = report;
  if (!data?.template || !source) return [];
  const template = readTemplateFile(report.dir, data.template);
  if ('reason' in template) return [problem('bad-template', { file: report.path, ...locate(source, ['template']) }, template)];
  later.push((tools) => {
    const fault = tools.templateSyntaxFault(template.source);
    return fault ? [problem('bad-template', { file: template.file, line: fault.line, column: 1 }, { reason: fault.reason, hint: SYNTAX_HINT })] : [];
  });
  return [];
}

const SYNTAX_HINT = 'close every {{ with }} and every {{#if}} or {{#each}} with its {{/if}} or {{/each}}, as in templates/report.md.hbs';
