import { type DocxParts, editPart, insertBefore } from './docx-parts.js';
import { footerXml } from './footer-xml.js';

const FOOTER_PART = 'word/footer1.xml';
const FOOTER_ID = 'rIdFooter1';
const FOOTER_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer';
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
  editPart(parts, 'word/document.xml', (xml) => {
    const withFooter = xml.replace(/<w:sectPr(\s[^>]*)?>/g, (start) => `${start}<w:footerReference w:type="default" r:id="${FOOTER_ID}"/>`);
    if (withFooter === xml) throw new Error('renderDocx: word/document.xml has no <w:sectPr>; has the docx library changed its output?');
    return withFooter;
  });
}
