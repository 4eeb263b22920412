import { AsyncLocalStorage } from 'node:async_hooks';
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
type ToArrayBuffer = (file: File, ...rest: unknown[]) => Promise<unknown>;

const capturing = new AsyncLocalStorage<true>();
let installed = false;

/**
 * The parts of the Document that `render` (a remark-docx stringify) builds, as
 * text, instead of the zip remark-docx would make of them.
 *
 * remark-docx 0.3.29 ends by handing its Document to docx's
 * Packer.toArrayBuffer, which deflates every part in JavaScript into a zip;
 * renderDocx must then unzip it to add what remark-docx cannot (footer,
 * language, fixed ids) and to join a large report's parts. Zipping to unzip
 * was a tenth of a real quarter's docx and seconds of a large one, with the
 * whole package held twice. So, only inside `render`, Packer.toArrayBuffer
 * gives the parts as docx's compiler makes them; every other use of the
 * Packer is left as it is.
 */
export async function captureParts(render: () => Promise<unknown>): Promise<DocxParts> {
  install();
  const parts = await capturing.run(true, render);
  // docx's XML writer (the xml package), which still writes the parts other than the document,
  // keeps what it wrote from reachable until a setImmediate it schedules has run: without this
  // pause, each part of a large report would stay in memory until the last was built (when it
  // also wrote the document: 6 MB a part, 200 MB for 10,000 actions).
  await new Promise(setImmediate);
  if (!(parts instanceof Map)) throw new Error('renderDocx: remark-docx did not pack its document with Packer.toArrayBuffer; has it changed?');
  return parts as DocxParts;
}

function install(): void {
  if (installed) return;
  installed = true;
  const packer = Packer as unknown as { toArrayBuffer: ToArrayBuffer; compiler?: Compiler };
  const toArrayBuffer = packer.toArrayBuffer;
  packer.toArrayBuffer = function (this: unknown, file, ...rest) {
    return capturing.getStore() ? Promise.resolve(partsOf(file, packer.compiler)) : toArrayBuffer.call(this, file, ...rest);
  };
}

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
function partsOf(file: File, compiler: Compiler | undefined): DocxParts {
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
