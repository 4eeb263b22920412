import { TextRun } from 'docx';
import type { InlineCode, Text } from 'mdast';
import type { ReportContext } from '../report-context.js';

/**
 * Text runs as remark-docx makes them, plus the document language on every
 * run (so a Welsh report is checked and read aloud as Welsh wherever its text
 * is pasted) and the contrast colour of a RAG cell.
 */
export function textBuilder(language: string) {
  return ({ value }: Text, ctx: ReportContext): TextRun => textRun(value, ctx, language);
}

export function inlineCodeBuilder(language: string) {
  return ({ value }: InlineCode, ctx: ReportContext): TextRun => textRun(value, { ...ctx, style: { ...ctx.style, inlineCode: true } }, language);
}

function textRun(text: string, { style, rtl, colour, size }: ReportContext, language: string): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italic,
    strike: style.strike,
    highlight: style.inlineCode ? 'lightGray' : undefined,
    style: style.link ? 'Hyperlink' : undefined,
    rightToLeft: rtl || undefined,
    color: style.link ? undefined : colour,
    size,
    language: { value: language },
  });
}
