import type { Block, Cell, Paragraph, Table } from './docx-model.js';
import { cellAt, matchHeader, type ActionColumns } from './match-header.js';
import { cellText, paragraphText } from './plain-text.js';

/** A row of an action table: its three cells, and where it is (1 = the first row under the header). */
export interface FoundRow {
  readonly action: Cell;
  readonly rating: Cell;
  readonly update: Cell;
  readonly row: number;
}

/** A heading with the action tables that follow it, before the next heading. */
export interface FoundSection {
  /** The heading's text; absent when an action table has no heading before it. */
  readonly heading?: string;
  readonly rows: readonly FoundRow[];
}

/** What the body holds: the sections, and the tables and paragraphs that are not part of one. */
export interface FoundDocument {
  readonly sections: readonly FoundSection[];
  /** Paragraphs before the first action table (title lines, introduction, executive summary). */
  readonly front: readonly Paragraph[];
  /** Tables that are not action tables (the executive summary's counts, for one). */
  readonly otherTables: readonly Table[];
}

/** Headings longer than this are paragraphs that happen to be bold. */
const HEADING_LIMIT = 300;

/**
 * The sections of a report typed in Word: each heading (a Heading style, an
 * outline level, or a paragraph all in bold) with the action tables under
 * it. A table with no new heading before it continues the section above (a
 * table broken at a page); a repeated header row inside a table is skipped;
 * a row with one cell across the table is a heading typed inside it.
 */
export function findSections(blocks: readonly Block[]): FoundDocument {
  const sections: { heading?: string; rows: FoundRow[] }[] = [];
  const front: Paragraph[] = [];
  const otherTables: Table[] = [];
  let heading: string | undefined;
  let headingUsed = false;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (sections.length === 0) front.push(block);
      if (isHeading(block)) {
        const text = paragraphText(block).replace(/\s+/g, ' ').trim();
        // "17a) ... (continued)" over the next page's table is the same section, not a new one.
        const repeated = headingUsed && heading !== undefined && withoutContinued(text) === withoutContinued(heading);
        if (!repeated) {
          heading = text;
          headingUsed = false;
        }
      }
      continue;
    }
    const columns = block.rows[0] ? matchHeader(block.rows[0]) : undefined;
    if (!columns) {
      otherTables.push(block);
      continue;
    }
    if (!headingUsed) {
      sections.push({ heading, rows: [] });
      headingUsed = true;
    }
    const width = Math.max(...block.rows.map((row) => row.reduce((sum, cell) => sum + cell.span, 0)));
    for (const row of block.rows.slice(1)) {
      if (matchHeader(row)) continue;
      const across = row.length === 1 && row[0]!.span >= width && width > 1 ? cellText(row[0]!).trim() : '';
      if (across) {
        sections.push({ heading: across.replace(/\s+/g, ' '), rows: [] });
        continue;
      }
      const section = sections[sections.length - 1]!;
      const found = rowCells(row, columns);
      if (found) section.rows.push({ ...found, row: section.rows.length + 1 });
    }
  }
  return { sections, front, otherTables };
}

function rowCells(row: readonly Cell[], columns: ActionColumns): Omit<FoundRow, 'row'> | undefined {
  const action = cellAt(row, columns.action);
  const rating = cellAt(row, columns.rating);
  const update = cellAt(row, columns.update);
  return action && rating && update ? { action, rating, update } : undefined;
}

function withoutContinued(heading: string): string {
  return heading.replace(/\s*[(\[]?\s*(continued|cont'?d|cont\.?)\s*[)\]]?\s*$/i, '').toLowerCase();
}

/** A Heading style or outline level, or a short paragraph whose every letter is bold. */
export function isHeading(paragraph: Paragraph): boolean {
  const text = paragraphText(paragraph).trim();
  if (!text || paragraph.list) return false;
  if (paragraph.headingLevel !== undefined) return true;
  const visible = paragraph.runs.filter((run) => run.text.trim());
  return text.length <= HEADING_LIMIT && visible.length > 0 && visible.every((run) => run.bold);
}
