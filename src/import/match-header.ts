import type { Cell } from './docx-model.js';
import { cellText, normaliseText } from './plain-text.js';

/** The grid columns of an action table, found from its header row. */
export interface ActionColumns {
  readonly action: number;
  readonly rating: number;
  readonly update: number;
}

const ACTION = /\b(action|actions|objective|requirement|activity|task|commitment|deliverable)s?\b/;
const RATING = /^(rag|r\.?a\.?g\.?|rating|status|rag status|rag rating|current rag|rag \w+)$/;
const UPDATE = /\b(progress|update|updates|comment|comments|commentary|narrative)\b/;

/**
 * Where the action, rating and update columns are when `row` is the header
 * of an action table ("Action Required | RAG | Quarter 2 Progress Update",
 * worded loosely), else undefined. Columns are grid columns: merged cells count by their span.
 */
export function matchHeader(row: readonly Cell[]): ActionColumns | undefined {
  let column = 0;
  let action: number | undefined;
  let rating: number | undefined;
  let update: number | undefined;
  for (const cell of row) {
    const text = normaliseText(cellText(cell)).replace(/[:*]/g, '').trim();
    if (rating === undefined && RATING.test(text)) rating = column;
    else if (update === undefined && UPDATE.test(text)) update = column;
    else if (action === undefined && ACTION.test(text)) action = column;
    column += cell.span;
  }
  if (action === undefined || rating === undefined || update === undefined) return undefined;
  return { action, rating, update };
}

/** The cell of `row` that covers grid column `column`. */
export function cellAt(row: readonly Cell[], column: number): Cell | undefined {
  let start = 0;
  for (const cell of row) {
    if (column < start + cell.span) return cell;
    start += cell.span;
  }
  return undefined;
}
