// First: remark-docx needs Iterator.prototype.reduce, which Node 20 lacks.
import '../../polyfills/iterator-reduce.js';
import type { Root } from 'mdast';
import remarkDocx from 'remark-docx';
import { unified } from 'unified';
import { collectBookmarks } from './bookmarks.js';
import { collectGarbage } from './collect-garbage.js';
import { checkDocumentOptions, type DocxDocumentOptions } from './document-options.js';
import { documentStyles } from './document-styles.js';
import { captureParts } from './package/capture-parts.js';
import { finishPackage } from './package/finish-package.js';
import { partJoiner } from './package/join-parts.js';
import { PAGE_MARGIN, PAGE_SIZE } from './page-layout.js';
import { reportBuilders } from './report-builders.js';
import { reportImages } from './report-images.js';
import { splitForRendering } from './split-for-rendering.js';

/**
 * Table rows built into docx objects at a time. docx holds a whole document
 * as objects, then as a tree for its XML writer, then as XML: a 10,000-action
 * report took over a gigabyte at once. Built a part at a time, only one
 * part's objects are alive. A real quarter (about 60 rows) is one part.
 * Smaller parts (25 to 100 rows) gave 10,000 actions no lower peak memory
 * (V8 lets each part's garbage grow to its old-space limit all the same) and
 * cost more time: every part is a whole docx Document to build and write.
 */
const ROWS_PER_PART = 400;

/**
 * The report's mdast tree (from `parseReportMarkdown`) as .docx bytes: Word
 * heading styles with bookmarks, working contents links, full-width tables
 * with shaded RAG cells, A4 with a page-numbered footer, tagged with the
 * report's language. The same tree and options always give the same bytes.
 * `rowsPerPart` is for tests, to build a small report in several parts.
 */
export async function renderDocx(tree: Root, options: DocxDocumentOptions, { rowsPerPart = ROWS_PER_PART } = {}): Promise<Uint8Array> {
  checkDocumentOptions(options);
  const images = options.images ? reportImages(options.images) : undefined;
  const processor = unified().use(remarkDocx, {
    title: options.title,
    subject: options.subject,
    creator: options.creator,
    description: options.description,
    styles: documentStyles(options.language),
    size: PAGE_SIZE,
    margin: PAGE_MARGIN,
    orientation: 'portrait',
    plugins: [reportBuilders(options.language, collectBookmarks(tree), { imageHeight: options.imageHeight, ratingLabels: options.ratingLabels }), ...(images ? [images.plugin] : [])],
  });
  const render = (part: Root) => captureParts(async () => processor.stringify((await processor.run(part)) as Root));
  const [first, ...rest] = splitForRendering(tree, rowsPerPart);
  if (rest.length > 0) collectGarbage();
  const parts = await render(first!);
  const joiner = partJoiner(parts);
  for (const part of rest) joiner.adopt(await render(part));
  joiner.finish();
  images?.check();
  return finishPackage(parts, options);
}
