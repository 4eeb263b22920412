import { stringify } from 'csv-stringify/sync';
import type { ExportUnit } from './collect-units.js';
import { neutraliseFormula } from './spreadsheet-formula.js';

/**
 * The columns of an exported CSV. The translator writes in `welsh`; a stale
 * text's old Welsh is in `previous_welsh`, to copy over if it still fits.
 */
export const CSV_COLUMNS = ['id', 'file', 'field', 'line', 'english', 'welsh', 'status', 'previous_welsh'] as const;

/**
 * UTF-8 with a byte-order mark: without it, Excel reads ŵ and ŷ as two wrong
 * characters each. No cell starts like a formula (see neutraliseFormula).
 */
export function formatCsv(units: readonly ExportUnit[]): string {
  const rows = units.map((unit) =>
    Object.fromEntries(
      Object.entries({
        id: unit.id,
        file: unit.file,
        field: unit.field,
        line: String(unit.line),
        english: unit.english,
        welsh: '',
        status: unit.status,
        previous_welsh: unit.previousWelsh ?? '',
      }).map(([column, cell]) => [column, neutraliseFormula(cell)]),
    ),
  );
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], bom: true });
}
