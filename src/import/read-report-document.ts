import { UsageError } from '../errors.js';
import { findSections, type FoundDocument } from './find-sections.js';
import { readBody } from './read-body.js';
import { readDocxPackage } from './read-docx-package.js';
import { readStyles } from './read-styles.js';

/**
 * The sections, front paragraphs and other tables of a report typed in
 * Word. A file that is not a readable .docx, or that has no action table,
 * is a UsageError naming `file` and saying what to do.
 */
export function readReportDocument(bytes: Uint8Array, file: string): FoundDocument {
  const docx = readDocxPackage(bytes, file);
  const body = readBody(docx.document, readStyles(docx.styles, docx.numbering), docx.relationships);
  if ('error' in body) {
    throw new UsageError(`${file} is damaged: ${body.error}`, 'open it in Word (which offers to repair it), save it again, and import that copy');
  }
  const found = findSections(body.blocks);
  if (found.sections.length === 0) {
    throw new UsageError(
      `${file} has no action tables: no table has a header row such as "Action Required | RAG | Progress Update"`,
      'import reads reports laid out as the published ones: a heading per section, then a table with columns for the action, its RAG rating and its progress update',
    );
  }
  return found;
}
