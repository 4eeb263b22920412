// First: remark-docx needs Iterator.prototype.reduce, which Node 20 lacks.
import '../../polyfills/iterator-reduce.js';
import type { Root } from 'mdast';
import remarkDocx from 'remark-docx';
import { unified } from 'unified';
import { checkDocumentOptions, type DocxDocumentOptions } from './document-options.js';
import { documentStyles } from './document-styles.js';
import { finishPackage } from './package/finish-package.js';
import { packStored } from './package/pack-stored.js';
import { PAGE_MARGIN, PAGE_SIZE } from './page-layout.js';
import { reportBuilders } from './report-builders.js';
import { reportImages } from './report-images.js';

/**
 * The report's mdast tree (from `parseReportMarkdown`) as .docx bytes: Word
 * heading styles with bookmarks, working contents links, full-width tables
 * with shaded RAG cells, A4 with a page-numbered footer, tagged with the
 * report's language. The same tree and options always give the same bytes.
 */
export async function renderDocx(tree: Root, options: DocxDocumentOptions): Promise<Uint8Array> {
  checkDocumentOptions(options);
  packStored();
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
    plugins: [reportBuilders(options.language), ...(images ? [images.plugin] : [])],
  });
  // remark-docx's compiler returns a Promise<ArrayBuffer>; its typings do not reach unified here.
  const bytes = await (processor.stringify((await processor.run(tree)) as Root) as unknown as Promise<ArrayBuffer>);
  images?.check();
  return finishPackage(bytes, options);
}
