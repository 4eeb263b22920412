import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dataFile } from './data-file.js';

/** A layout template larger than this is not a layout. */
const MAX_TEMPLATE_BYTES = 256 * 1024;

export interface TemplateFile {
  /** The file as report.yaml names it, joined to the report's folder: for messages, like every problem's path. */
  readonly file: string;
  readonly source: string;
}

/**
 * report.yaml's `template`, read: the report's own copy of the layout
 * template (templates/report.md.hbs), a file inside the data folder given
 * relative to report.yaml. Anything else is a reason, for a problem at the field's line.
 */
export function readTemplateFile(reportDir: string, template: string): TemplateFile | { reason: string; hint: string } {
  const hint = "give the path of a copy of rag-report's templates/report.md.hbs inside the data folder, relative to report.yaml, e.g. template: report.md.hbs";
  const found = dataFile(reportDir, template);
  if ('reason' in found) return { reason: found.reason, hint };
  if (found.size > MAX_TEMPLATE_BYTES) return { reason: `"${template}" is ${Math.round(found.size / 1024)} KB; a template may be at most ${MAX_TEMPLATE_BYTES / 1024} KB`, hint };
  return { file: path.join(reportDir, template), source: readFileSync(found.file, 'utf8') };
}
