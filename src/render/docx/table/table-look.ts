import { BorderStyle, type ITableBordersOptions } from 'docx';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

/** Thin grey rules round and between every cell. */
export const TABLE_BORDERS: ITableBordersOptions = {
  top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE,
};

/**
 * Cell padding in twips. No bottom padding: the paragraphs' own 6pt after
 * spacing gives it, and adding more would leave a tall gap under each cell.
 */
export const CELL_MARGINS = { top: 60, bottom: 0, left: 108, right: 108 } as const;

/** A RAG cell holds one centred word: narrower side padding leaves the word room in a 12% column. */
export const RAG_CELL_MARGINS = { ...CELL_MARGINS, left: 57, right: 57 } as const;

/** Light grey behind header cells, so the header row reads as one even when printed in black and white. */
export const HEADER_FILL = 'F2F2F2';
