import type { Problem } from '../problems/index.js';
import { cellMarkdown } from './cell-markdown.js';
import type { Cell } from './docx-model.js';
import type { FoundSection } from './find-sections.js';
import { importProblem } from './import-problem.js';
import type { ScaleRating } from './import-scale.js';
import { cellText } from './plain-text.js';
import { readRating } from './read-rating.js';

/** An action as the document gives it: texts as Markdown, rating as a scale key or n/a. */
export interface ReadAction {
  readonly action: string;
  readonly rating: string;
  readonly update: string;
}

/** How a row is named in problems: "17a) ..., row 3 ("Review the Police and Crime Plan...")". */
export function rowName(section: FoundSection, row: number, action: string): string {
  const heading = section.heading ? `"${shorten(section.heading, 60)}"` : 'the table with no heading';
  return `under ${heading}, row ${row}${action ? ` ("${shorten(action, 60)}")` : ''}`;
}

/**
 * The actions of a section's rows. A row with empty action and rating
 * cells continues the row above (a row broken over a page): its update is
 * joined to that row's. A row whose rating cannot be read is a problem.
 */
export function readActions(section: FoundSection, scale: readonly ScaleRating[], file: string): { actions: ReadAction[]; problems: Problem[] } {
  const actions: ReadAction[] = [];
  const places: string[] = [];
  const problems: Problem[] = [];
  // A row that could not be read takes its continuation rows with it, rather than lend them to the action above.
  let lastRowRead = false;
  for (const row of section.rows) {
    const action = row.action.mergedAbove ? '' : cellMarkdown(row.action).trim();
    const update = row.update.mergedAbove ? '' : cellMarkdown(row.update).trim();
    const ratingText = row.rating.mergedAbove ? '' : cellText(row.rating).trim();
    const shading = row.rating.mergedAbove ? undefined : row.rating.shading;
    if (!action && !ratingText && !shading) {
      const previous = actions[actions.length - 1];
      if (lastRowRead && previous && update) actions[actions.length - 1] = { ...previous, update: joinMarkdown(previous.update, update) };
      continue;
    }
    lastRowRead = false;
    const where = rowName(section, row.row, plain(row.action));
    if (!action) {
      problems.push(importProblem(file, 'import-no-action', `${where}: the row has a rating but no action`, 'type the action in its first cell, or clear the rating cell if the row continues the one above'));
      continue;
    }
    const reading = readRating(ratingText, shading, scale);
    if ('problem' in reading) {
      problems.push(importProblem(file, 'import-no-rating', `${where}: ${reading.problem}`, 'type the rating (Red, Amber, Green or N/A) in the RAG cell of that row in Word, save, and import again'));
      continue;
    }
    actions.push({ action, rating: reading.rating, update });
    places.push(where);
    lastRowRead = true;
  }
  // Only now: the update may all be on the row's continuation over the page.
  actions.forEach((action, index) => {
    if (!action.update) {
      problems.push(importProblem(file, 'import-no-update', `${places[index]}: the row has no progress update`, 'write its update in Word (for N/A, say why it does not apply), save, and import again'));
    }
  });
  return { actions, problems };
}

function joinMarkdown(above: string, below: string): string {
  return above ? `${above}\n\n${below}` : below;
}

function plain(cell: Cell): string {
  return cellText(cell).replace(/\s+/g, ' ').trim();
}

function shorten(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}
