import { type DocxParts, editPart, insertBefore } from './docx-parts.js';
import { escapeXml } from './escape-xml.js';

/**
 * docProps/core.xml as docx leaves it lacks the language and stamps the time
 * of rendering; this sets the document's language, its fixed created and
 * modified dates, and the creator as last modifier (docx writes "Un-named").
 * None of these can be asked for: docx has no option for the dates or the
 * language, and remark-docx 0.3.29 passes docx only the title, subject,
 * creator, keywords and description (not docx's lastModifiedBy).
 */
export function setCoreProperties(parts: DocxParts, { language, creator, timestamp }: { language: string; creator: string; timestamp: Date }): void {
  // W3CDTF to the second, as Word writes it.
  const date = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  editPart(parts, 'docProps/core.xml', (xml) => {
    const dated = xml
      .replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${date}$3`)
      .replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/, `<cp:lastModifiedBy>${escapeXml(creator)}</cp:lastModifiedBy>`);
    return insertBefore(dated, '</cp:coreProperties>', `<dc:language>${escapeXml(language)}</dc:language>`, 'docProps/core.xml');
  });
}
