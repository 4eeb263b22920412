import { escapeXml } from './escape-xml.js';

const FIELDS: Record<string, string> = { page: 'PAGE', pages: 'NUMPAGES' };

/**
 * word/footer1.xml: the page label, centred, with {page} and {pages} as PAGE
 * and NUMPAGES fields. Fields carry a cached "1" so that a reader which does
 * not compute fields still shows a number; Word and LibreOffice recompute
 * page fields on every layout, without asking the reader to update fields.
 */
export function footerXml(pageLabel: string, language: string): string {
  const runProperties = `<w:rPr><w:lang w:val="${escapeXml(language)}"/></w:rPr>`;
  const runs = pageLabel.split(/(\{page\}|\{pages\})/).map((piece) => {
    const field = FIELDS[piece.slice(1, -1)];
    if (field && piece.startsWith('{')) return fieldRuns(field, runProperties);
    return piece ? `<w:r>${runProperties}<w:t xml:space="preserve">${escapeXml(piece)}</w:t></w:r>` : '';
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${runs.join('')}</w:p></w:ftr>`
  );
}

/** A complex field: begin, instruction, separator, cached result, end. */
function fieldRuns(instruction: string, runProperties: string): string {
  const run = (content: string) => `<w:r>${runProperties}${content}</w:r>`;
  return [
    run('<w:fldChar w:fldCharType="begin"/>'),
    run(`<w:instrText xml:space="preserve"> ${instruction} </w:instrText>`),
    run('<w:fldChar w:fldCharType="separate"/>'),
    run('<w:t>1</w:t>'),
    run('<w:fldChar w:fldCharType="end"/>'),
  ].join('');
}
