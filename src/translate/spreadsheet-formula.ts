/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return before them) as a formula: `=HYPERLINK(...)` from the data would be
 * a live link, `+cmd|...` a command. Such a cell is written after a `'`,
 * which spreadsheets show as text; a `'` already leading such a text is kept
 * by adding another, so that the import can always take exactly one away.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The text as it was before neutraliseFormula: one leading `'` taken away from a cell that starts like a formula after it. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
