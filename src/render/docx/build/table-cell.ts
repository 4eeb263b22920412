import { AlignmentType, Paragraph, ShadingType, TableCell, WidthType } from 'docx';
import type { TableCell as MdastTableCell } from 'mdast';
import type { ReportContext } from '../report-context.js';
import { contrastTextColour, hexFill } from '../table/contrast-text-colour.js';
import { CELL_MARGINS, HEADER_FILL, RAG_CELL_MARGINS } from '../table/table-look.js';
import { cellData } from '../table/table-shape.js';
import { cellContent } from './cell-content.js';

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

/** Where a cell sits: its column's width and alignment, and whether its row is a header row. */
export interface CellPlace {
  width: number;
  alignment: Alignment;
  inHeaderRow: boolean;
}

/**
 * A Word cell. A RAG cell is shaded with its rating's colour and its word is
 * bold in black or white, whichever contrasts more: the colour is never the
 * only sign of the rating. Header cells are bold; the header row is tinted.
 */
export function tableCell(cell: MdastTableCell | undefined, place: CellPlace, ctx: ReportContext): TableCell {
  const data = cell ? cellData(cell) : {};
  const fill = data.rag ? hexFill(data.rag.colour) : undefined;
  const bold = place.inHeaderRow || data.header === true || data.rag !== undefined;
  const margins = data.rag ? RAG_CELL_MARGINS : CELL_MARGINS;
  const inner: ReportContext = {
    ...ctx,
    // Content inside the cell starts afresh: no list numbering or quote indent from outside the table.
    width: place.width - margins.left - margins.right,
    list: undefined,
    quote: undefined,
    rtl: undefined,
    colour: fill ? contrastTextColour(fill) : undefined,
    style: bold ? { ...ctx.style, bold: true } : ctx.style,
  };
  const background = fill ?? (place.inHeaderRow ? HEADER_FILL : undefined);
  return new TableCell({
    width: { size: place.width, type: WidthType.DXA },
    shading: background ? { type: ShadingType.CLEAR, fill: background, color: 'auto' } : undefined,
    margins: data.rag ? RAG_CELL_MARGINS : undefined,
    children: cell ? cellContent(cell, inner, data.rag ? AlignmentType.CENTER : place.alignment) : [new Paragraph({})],
  });
}
