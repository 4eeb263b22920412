import { blocksMarkdown } from './cell-markdown.js';
import type { Paragraph } from './docx-model.js';
import { isHeading } from './find-sections.js';
import type { ScaleRating } from './import-scale.js';
import { paragraphText } from './plain-text.js';
import { ratingOfWord } from './read-rating.js';

/** What a new report.yaml takes from the paragraphs before the first action table. */
export interface FrontMatter {
  readonly title?: string;
  readonly organisation?: string;
  /** The Introduction's paragraphs as Markdown, the rating key left out. */
  readonly introduction?: string;
  /** Rating key → its meaning, from key lines such as "Amber - Partially compliant, ...". */
  readonly meanings: ReadonlyMap<string, string>;
}

const ORGANISATION = /\b(commissioner|office|council|authority|constabulary|police|force|board|trust|service|partnership)\b/i;
/** Title lines that name the period or the kind of document rather than the report. */
const PERIOD = /\b(quarter|q[1-4]|summary performance report|performance report|\d{4}\/\d{2,4})\b|available in welsh|ar gael yn gymraeg/i;
/** Headings that open the body of a report, after its title page. */
const PARTS = /^(contents|table of contents|introduction|foreword|executive summary|summary|background|purpose)$/i;
const TITLE_LINES = 6;
const KEY_LINE = /^([A-Za-z/]+)\s*[-–—:=]\s*(\S.*)$/;

export function readFrontMatter(front: readonly Paragraph[], scale: readonly ScaleRating[]): FrontMatter {
  // The title page ends where the report's own parts begin; the title itself may be a heading.
  const partStart = front.findIndex((paragraph) => isHeading(paragraph) && PARTS.test(paragraphText(paragraph).trim()));
  const titleLines = (partStart < 0 ? front : front.slice(0, partStart))
    .map((paragraph) => paragraphText(paragraph).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .slice(0, TITLE_LINES);
  const organisation = titleLines.find((line) => ORGANISATION.test(line) && !PERIOD.test(line));
  const title = titleLines.find((line) => line !== organisation && !PERIOD.test(line));

  const meanings = new Map<string, string>();
  const keyLines = new Set<Paragraph>();
  for (const paragraph of front) {
    const match = KEY_LINE.exec(paragraphText(paragraph).trim());
    const rating = match ? ratingOfWord(match[1]!, scale) : undefined;
    if (match && rating && rating !== 'n/a' && !meanings.has(rating)) {
      meanings.set(rating, match[2]!.trim());
      keyLines.add(paragraph);
    }
  }
  return { title, organisation, introduction: introductionOf(front, keyLines), meanings };
}

/** The paragraphs under a heading "Introduction", up to the next heading, without the rating key and the line that leads to it. */
function introductionOf(front: readonly Paragraph[], keyLines: ReadonlySet<Paragraph>): string | undefined {
  const start = front.findIndex((paragraph) => isHeading(paragraph) && /^introduction$/i.test(paragraphText(paragraph).trim()));
  if (start < 0) return undefined;
  const body: Paragraph[] = [];
  for (const paragraph of front.slice(start + 1)) {
    if (isHeading(paragraph)) break;
    body.push(paragraph);
  }
  const firstKey = body.findIndex((paragraph) => keyLines.has(paragraph));
  const kept = body.filter((paragraph, index) => {
    if (keyLines.has(paragraph)) return false;
    // "Each section is given a RAG rating ..." introduces the key, which report.yaml's scale replaces.
    return !(firstKey > 0 && index === firstKey - 1 && /\brag\b|rating/i.test(paragraphText(paragraph)));
  });
  const markdown = blocksMarkdown(kept).trim();
  return markdown || undefined;
}
