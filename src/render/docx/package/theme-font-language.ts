import { type DocxParts, editPart, insertBefore } from './docx-parts.js';
import { escapeXml } from './escape-xml.js';

/**
 * w:themeFontLang in word/settings.xml: the language Word uses for the theme
 * fonts and proofing defaults. docx 9.7.1 does not write it and has no
 * setting for it (remark-docx passes none of docx's settings anyway). It goes last, after
 * w:compat, which is where the settings schema places it among what docx writes.
 */
export function setThemeFontLanguage(parts: DocxParts, language: string): void {
  editPart(parts, 'word/settings.xml', (xml) =>
    insertBefore(xml, '</w:settings>', `<w:themeFontLang w:val="${escapeXml(language)}"/>`, 'word/settings.xml'),
  );
}
