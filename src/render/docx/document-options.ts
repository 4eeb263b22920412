import type { ImageLoader } from './report-images.js';

/** What the docx says about itself, and the words and dates it cannot take from the tree. */
export interface DocxDocumentOptions {
  /** Document property title. */
  title: string;
  /** Document property subject. */
  subject: string;
  /** Document property creator: the organisation. */
  creator: string;
  /** Document property description; none by default. */
  description?: string;
  /** BCP 47 tag, e.g. 'en-GB' or 'cy-GB': the language of every run and of the document. */
  language: string;
  /** Footer text, e.g. "Page {page} of {pages}": {page} and {pages} become PAGE and NUMPAGES fields. */
  pageLabel: string;
  /** Created and modified date, and every zip entry's date, so the same input gives the same bytes. */
  timestamp: Date;
  /** Loads the images the Markdown refers to (charts); without it, images are left out. */
  images?: ImageLoader;
  /** The greatest height in twips of the image at a url (a logo), if any; images are otherwise only kept within the text width. */
  imageHeight?: (url: string) => number | undefined;
  /**
   * Every rating word of the report, in all its languages: the rating column of the section
   * tables is made wide enough for the longest, so all of them, in every language, share one
   * grid. Default: none, and the column keeps its usual 12%.
   */
  ratingLabels?: readonly string[];
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Throws an error naming the option, the bad value and what is allowed. */
export function checkDocumentOptions(options: DocxDocumentOptions): void {
  for (const name of ['title', 'subject', 'creator', 'pageLabel'] as const) {
    if (typeof options[name] !== 'string') fail(name, options[name], 'a string');
  }
  if (options.images !== undefined && typeof options.images !== 'function') fail('images', options.images, 'a function from url to image bytes, or undefined');
  if (options.description !== undefined && typeof options.description !== 'string') fail('description', options.description, 'a string or undefined');
  if (typeof options.language !== 'string' || !LANGUAGE_TAG.test(options.language)) fail('language', options.language, "a language tag such as 'en-GB' or 'cy-GB'");
  const time = options.timestamp instanceof Date ? options.timestamp.getTime() : Number.NaN;
  // Zip entries store DOS dates, which start in 1980 and end in 2107.
  if (!(time >= Date.UTC(1980, 0, 1) && time < Date.UTC(2108, 0, 1))) fail('timestamp', options.timestamp, 'a valid Date between 1980 and 2107');
}

function fail(name: string, value: unknown, expected: string): never {
  throw new TypeError(`renderDocx: option \`${name}\` is ${shown(value)}; expected ${expected}`);
}

function shown(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString();
  return typeof value === 'function' ? 'a function' : (JSON.stringify(value) ?? String(value));
}
