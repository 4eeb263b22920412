/** A Word document's body as the import reads it: paragraphs and tables, in order. */
export type Block = Paragraph | Table;

/** A stretch of text with one formatting. `\n` is a line break typed with Shift+Enter. */
export interface Run {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  /** The address of the hyperlink the run is part of. */
  readonly link?: string;
}

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  /** 1 for Heading 1 (or outline level 1), and so on; absent for body text. */
  readonly headingLevel?: number;
  /** Set for a paragraph of a Word list (numbered or bulleted, by style or by numbering). */
  readonly list?: { readonly ordered: boolean; readonly level: number };
}

export interface Table {
  readonly kind: 'table';
  readonly rows: readonly (readonly Cell[])[];
}

export interface Cell {
  readonly blocks: readonly Block[];
  /** The cell's fill as upper-case RRGGBB, or a highlight's colour; absent when it has none. */
  readonly shading?: string;
  /** How many grid columns the cell spans (gridSpan). */
  readonly span: number;
  /** A cell merged with the one above it (vMerge continue): its content is the upper cell's. */
  readonly mergedAbove: boolean;
}
