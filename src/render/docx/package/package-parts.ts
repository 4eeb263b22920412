import { type File, Packer } from 'docx';
import type { DocxParts } from './docx-parts.js';
import { type FormattedXml, xmlText } from './xml-text.js';

type Media = File['Media']['Array'][number];

/** docx's own compiler, which Packer keeps private: the parts of a Document as XML text, before any zip. */
interface Compiler {
  xmlifyFile(file: File, prettify?: unknown): Record<string, { path: string; data: string } | { path: string; data: string }[]>;
  formatter: { format(component: unknown, context: unknown): FormattedXml };
  imageReplacer: { getMediaData(xml: string, media: File['Media']): Media[]; replace(xml: string, media: Media[], offset: number): string };
  numberingReplacer: { replace(xml: string, numberings: unknown): string };
}

const DOCUMENT = 'word/document.xml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
/** Stands in for the document while docx's compiler writes the rest of the package. */
const NO_DOCUMENT = { prepForXml: () => ({ 'w:document': {} }) };

/**
 * What docx's Packer would zip: every XML part and the images (remark-docx
 * embeds no fonts). The document, nearly all of the text, is written with
 * `xmlText` as docx's compiler would write it with its own writer: formatted
 * first (which also numbers its lists and gathers its images), its images
 * related in the order and under the ids docx gives them, then its
 * placeholders for those ids and list numbers filled in by docx's own
 * replacers. The compiler writes every other part, with an empty document
 * standing in.
 */
export function packageParts(file: File): DocxParts {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.xmlifyFile !== 'function' || typeof compiler.formatter?.format !== 'function') {
    throw new Error('renderDocx: docx’s Packer has no compiler.xmlifyFile; has the docx library changed?');
  }
  const wrapper = file.Document as unknown as { View: unknown; Relationships: { RelationshipCount: number; addRelationship(id: number, type: string, target: string): void } };
  const firstImageId = wrapper.Relationships.RelationshipCount + 1;
  const written = DECLARATION + xmlText(compiler.formatter.format(wrapper.View, { viewWrapper: wrapper, file, stack: [] }));
  const images = compiler.imageReplacer.getMediaData(written, file.Media);
  images.forEach((image, index) => wrapper.Relationships.addRelationship(firstImageId + index, IMAGE, `media/${image.fileName}`));
  const document = compiler.numberingReplacer.replace(compiler.imageReplacer.replace(written, images, firstImageId), file.Numbering.ConcreteNumbering);
  Object.defineProperty(wrapper, 'View', { value: NO_DOCUMENT, configurable: true });
  const parts: DocxParts = new Map();
  for (const entry of Object.values(compiler.xmlifyFile(file))) {
    for (const { path, data } of [entry].flat()) parts.set(path, path === DOCUMENT ? document : data);
  }
  for (const media of file.Media.Array) {
    const image = media.type === 'svg' ? media.fallback : media;
    parts.set(`word/media/${image.fileName}`, bytesOf(image.data));
  }
  return parts;
}

function bytesOf(data: Buffer | Uint8Array | ArrayBuffer): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}
