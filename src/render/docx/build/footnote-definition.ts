import { Paragraph, type ParagraphChild, TextRun } from 'docx';
import type { FootnoteDefinition } from 'mdast';
import type { DocxContent, ReportContext } from '../report-context.js';
import { nothing } from './nothing.js';

/**
 * Footnotes in Word's "footnote text" style (10pt, no gap after) rather than
 * as body paragraphs. Like remark-docx, only paragraphs reach the footnote.
 */
export function footnoteDefinition({ identifier, children }: FootnoteDefinition, ctx: ReportContext): DocxContent {
  const paragraphs = children.flatMap((child, index) => {
    if (child.type !== 'paragraph') return ctx.render([child]).filter((content): content is Paragraph => content instanceof Paragraph);
    // A space after the note's number, as Word writes it.
    const lead = index === 0 ? [new TextRun(' ')] : [];
    return [new Paragraph({ style: 'FootnoteText', children: [...lead, ...(ctx.render(child.children) as ParagraphChild[])] })];
  });
  ctx.footnote.set(ctx.footnote.id(identifier), paragraphs);
  // Not null: remark-docx's own builder would then register the note again, unstyled.
  return nothing();
}

