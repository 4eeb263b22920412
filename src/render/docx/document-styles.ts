import { AlignmentType, LineRuleType, type IBaseParagraphStyleOptions, type IStylesOptions } from 'docx';

/** Arial: a plain sans serif that every reader of the report has, in Word and in LibreOffice. */
export const FONT = 'Arial';
/** Half-points: 11pt body text. */
export const BODY_SIZE = 22;
const HEADING_COLOUR = '1F3864';
/** Half-points for Heading 1..6: 20, 16, 14, 12, 11, 11pt. */
const HEADING_SIZES = [40, 32, 28, 24, 22, 22] as const;

/** The styles.xml of the report: defaults carry the font, size and language every run inherits. */
export function documentStyles(language: string): IStylesOptions {
  const [heading1, heading2, heading3, heading4, heading5, heading6] = HEADING_SIZES.map(headingStyle);
  return {
    default: {
      document: {
        run: { font: FONT, size: BODY_SIZE, language: { value: language } },
        // lineRule must be explicit: without it LibreOffice reads 264 as an exact height,
        // which overlaps large headings and clips images to one line.
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1, heading2, heading3, heading4, heading5, heading6,
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
    paragraphStyles: [
      // docx's own styles build on Normal and DefaultParagraphFont without defining them; a style
      // referenced but missing is one more thing Word may repair. Both are empty: docDefaults above
      // carry the formatting. (docx cannot mark them w:default, which Word does not need here.)
      { id: 'Normal', name: 'Normal', quickFormat: true },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } }, run: { size: 20 } },
    ],
    characterStyles: [{ id: 'DefaultParagraphFont', name: 'Default Paragraph Font', uiPriority: 1, semiHidden: true, unhideWhenUsed: true }],
  };
}

/** Headings keep with the text they introduce, and carry the outline level the Navigation pane lists. */
function headingStyle(size: number, index: number): IBaseParagraphStyleOptions {
  return {
    run: { font: FONT, size, bold: true, italics: index === 5 || undefined, color: HEADING_COLOUR },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: index, spacing: { before: index < 2 ? 360 : 240, after: 120 } },
  };
}
