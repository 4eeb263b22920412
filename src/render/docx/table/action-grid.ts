import { textWidth } from '../../chart/parts/text-width.js';
import { RAG_CELL_MARGINS } from './table-look.js';

/** The rating column's usual share; wider only when a rating word needs it. */
const RATING_SHARE = 0.12;
/** The action's share of what the rating leaves: the update is usually the longer text. */
const ACTION_SHARE = 0.4;
/**
 * Room over the word's width in Arial: a reader without Arial (LibreOffice
 * on Linux falls back on DejaVu Sans, about a sixth wider) still gets the
 * word on one line.
 */
const FALLBACK_ROOM = 1.2;
/** Bold 11pt, in twips: how a rating word is set. */
const RATING_TWIPS = 11 * 20;

/**
 * The one column grid of every section table (action, rating, update), in
 * twips adding up to `total`: the rating column holds the longest rating
 * word of the report in any of its languages ("Amherthnasol") on one line,
 * so the English and Welsh documents, and a section that is all N/A, have
 * the same grid as every other.
 */
export function actionGrid(ratingLabels: readonly string[], total: number): number[] {
  const longest = ratingLabels.reduce((widest, label) => Math.max(widest, textWidth(label, RATING_TWIPS, true)), 0);
  const rating = Math.max(Math.round(RATING_SHARE * total), Math.ceil(longest * FALLBACK_ROOM) + RAG_CELL_MARGINS.left + RAG_CELL_MARGINS.right);
  const action = Math.round((total - rating) * ACTION_SHARE);
  return [action, rating, total - rating - action];
}
