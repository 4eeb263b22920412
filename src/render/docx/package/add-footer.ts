import { type DocxParts, editPart, editPieces, insertBefore } from './docx-parts.js';
import { footerXml } from './footer-xml.js';

const FOOTER_PART = 'word/footer1.xml';
const FOOTER_ID = 'rIdFooter1';
const FOOTER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
const SECTION_START = '<w:sectPr';
const FOOTER_REFERENCE = `<w:footerReference w:type="default" r:id="${FOOTER_ID}"/>`;
const FOOTER_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml';

/**
 * remark-docx builds the Document itself and offers no footers, so the footer
 * is added to the finished package: the part, its content type, its
 * relationship, and a reference from every section (first in w:sectPr, where
 * the schema puts header and footer references).
 */
export function addFooter(parts: DocxParts, pageLabel: string, language: string): void {
  parts.set(FOOTER_PART, footerXml(pageLabel, language));
  editPart(parts, '[Content_Types].xml', (xml) =>
    insertBefore(xml, '</Types>', `<Override ContentType="${FOOTER_CONTENT_TYPE}" PartName="/${FOOTER_PART}"/>`, '[Content_Types].xml'),
  );
  editPart(parts, 'word/_rels/document.xml.rels', (xml) =>
    insertBefore(xml, '</Relationships>', `<Relationship Id="${FOOTER_ID}" Type="${FOOTER_TYPE}" Target="footer1.xml"/>`, 'word/_rels/document.xml.rels'),
  );
  let sections = 0;
  editPieces(parts, 'word/document.xml', (xml) => {
    const { edited, found } = referToFooter(xml);
    sections += found;
    return edited;
  });
  if (sections === 0) throw new Error('renderDocx: word/document.xml has no <w:sectPr>; has the docx library changed its output?');
}

/**
 * Puts the footer reference first in each <w:sectPr>. Found by indexOf rather than a regular
 * expression: on the 18 MB document of 10,000 actions, a pattern starting "<w:" tried at every
 * element took a quarter of a second; indexOf skips to the few section properties.
 */
function referToFooter(xml: string): { edited: string; found: number } {
  const pieces: string[] = [];
  let from = 0;
  for (let at = xml.indexOf(SECTION_START); at !== -1; at = xml.indexOf(SECTION_START, at + 1)) {
    const end = xml.indexOf('>', at);
    const next = xml[at + SECTION_START.length];
    if (end === -1 || (next !== '>' && next !== ' ')) continue; // <w:sectPrChange>, or no section
    pieces.push(xml.slice(from, end + 1), FOOTER_REFERENCE);
    from = end + 1;
  }
  if (pieces.length === 0) return { edited: xml, found: 0 };
  pieces.push(xml.slice(from));
  return { edited: pieces.join(''), found: pieces.length / 2 };
}
