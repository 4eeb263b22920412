export type { DocxDocumentOptions } from './document-options.js';
export { renderDocx } from './render-docx.js';
export type { ImageLoader } from './report-images.js';
