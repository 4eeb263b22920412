import { IgnoreIfEmptyXmlComponent } from 'docx';
import type { DocxContent } from '../report-context.js';

/** docx leaves an empty IgnoreIfEmptyXmlComponent out of the XML altogether. */
class NoContent extends IgnoreIfEmptyXmlComponent {
  constructor() {
    super('w:p');
  }
}

/**
 * A builder result that writes no XML. Null would hand the node back to
 * remark-docx's own builder; an empty array would make remark-docx start a
 * new section, which is how it marks section breaks.
 */
export function nothing(): DocxContent {
  return new NoContent() as unknown as DocxContent;
}

export function isNothing(content: DocxContent): boolean {
  return content instanceof NoContent;
}
