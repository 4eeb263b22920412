import Handlebars from 'handlebars';
import { locate, readTemplateFile, type LoadedReport } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';

/**
 * report.yaml's `template` must be a file inside the data folder that
 * Handlebars can read: a problem at the field's line, or at the template's
 * own line for a syntax fault. Whether it makes the report is known when it
 * does: `build` says so at the template's file.
 */
export function checkTemplate(report: LoadedReport): Problem[] {
  const { data, source } = report;
  if (!data?.template || !source) return [];
  const template = readTemplateFile(report.dir, data.template);
  if ('reason' in template) return [problem('bad-template', { file: report.path, ...locate(source, ['template']) }, template)];
  const fault = syntaxFault(template.source);
  return fault ? [problem('bad-template', { file: template.file, line: fault.line, column: 1 }, { reason: fault.reason, hint: SYNTAX_HINT })] : [];
}

const SYNTAX_HINT = 'close every {{ with }} and every {{#if}} or {{#each}} with its {{/if}} or {{/each}}, as in templates/report.md.hbs';

/** The first syntax fault of a Handlebars text, with its line; undefined when it parses. */
export function syntaxFault(source: string): { line: number; reason: string } | undefined {
  try {
    Handlebars.parse(source);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/.exec(message)?.[1] ?? /(\d+):\d+/.exec(message)?.[1];
    return { line: line ? Number(line) : 1, reason: message.split('\n').at(-1)!.trim() || message.split('\n')[0]! };
  }
}
