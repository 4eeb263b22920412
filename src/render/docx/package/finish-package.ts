import type { DocxDocumentOptions } from '../document-options.js';
import { addFooter } from './add-footer.js';
import { setCoreProperties } from './core-properties.js';
import type { DocxParts } from './docx-parts.js';
import { stabiliseRelationshipIds } from './stable-relationship-ids.js';
import { setThemeFontLanguage } from './theme-font-language.js';
import { writeParts } from './write-parts.js';

/** What remark-docx cannot do, done on its package: footer, language, fixed ids and dates. */
export function finishPackage(parts: DocxParts, options: DocxDocumentOptions): Uint8Array {
  stabiliseRelationshipIds(parts);
  addFooter(parts, options.pageLabel, options.language);
  setThemeFontLanguage(parts, options.language);
  setCoreProperties(parts, options);
  return writeParts(parts, options.timestamp);
}
