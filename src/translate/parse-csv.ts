import { parse } from 'csv-parse/sync';
import { problem as catalogued, type Problem } from '../problems/index.js';
import type { ImportUnit, ReadUnits } from './import-unit.js';
import { restoreFormula } from './spreadsheet-formula.js';

const REQUIRED = ['id', 'english', 'welsh'] as const;

/**
 * The rows of a translated CSV, found by their column names (other columns
 * and their order do not matter). A spreadsheet saved with semicolons or tabs
 * between the cells is read too.
 */
export function parseCsv(text: string, file: string): ReadUnits {
  const problem = (line: number, message: string, hint: string): Problem =>
    catalogued('bad-translation-file', { file, line, column: 1 }, { message, hint });
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  const delimiter = [',', ';', '\t'].find((candidate) => REQUIRED.every((name) => names(header, candidate).includes(name)));
  if (!delimiter) {
    return {
      units: [],
      problems: [problem(1, `the first line must name the columns ${REQUIRED.join(', ')}; it is: ${header.slice(0, 120)}`, 'keep the header row of the exported file')],
    };
  }
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    // With info and raw, each record comes with its text and the line it ends on.
    records = parse(text, { bom: true, delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { units: [], problems: [problem(line, `the file is not valid CSV: ${(error as Error).message}`, 'a cell holding a quote mark must be quoted, with the quote doubled ("")')] };
  }
  const columns = records[0]!.record.map((name) => name.trim().toLowerCase());
  const cell = (record: string[], name: string) => record[columns.indexOf(name)] ?? '';
  const units: ImportUnit[] = [];
  const problems: Problem[] = [];
  for (const { record, raw, info } of records.slice(1)) {
    const line = info.lines - (raw.match(/\n/g)?.length ?? 0);
    const id = cell(record, 'id').trim();
    // The export put a ' before cells that start like a formula; the translator's Welsh may have one too.
    if (id) units.push({ id, english: restoreFormula(cell(record, 'english')), welsh: restoreFormula(cell(record, 'welsh')), line });
    else if (record.some((value) => value.trim())) problems.push(problem(line, 'this row has no id', 'keep the id column as exported: it names the place of the text'));
  }
  return { units, problems };
}

function names(header: string, delimiter: string): string[] {
  return header.split(delimiter).map((name) => name.trim().replace(/^"(.*)"$/, '$1').toLowerCase());
}
