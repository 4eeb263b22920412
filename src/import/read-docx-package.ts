import { unzipSync } from 'fflate';
import { UsageError } from '../errors.js';
import { attributesOf, childrenOf, parseXml, rootOf, tagOf } from './xml-node.js';

/** The XML parts of a Word document that the import reads, as text. */
export interface DocxPackage {
  /** The main document part (word/document.xml). */
  readonly document: string;
  readonly styles?: string;
  readonly numbering?: string;
  /** The main part's relationships: the targets of its hyperlinks. */
  readonly relationships?: string;
}

/** No part of a report is this large; a bigger one is a zip bomb or not a report. */
const PART_LIMIT = 64 * 1024 * 1024;
const ZIP_MAGIC = [0x50, 0x4b];
/** Compound File Binary: Word 97-2003 .doc, and the wrapper Office puts round a password-protected file. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The parts of the .docx in `bytes` that hold the text, the styles and the
 * lists. Anything that is not a readable Word document is a UsageError that
 * names `shown` (the path as the user gave it) and says what to do.
 */
export function readDocxPackage(bytes: Uint8Array, shown: string): DocxPackage {
  if (startsWith(bytes, CFB_MAGIC)) {
    if (containsUtf16(bytes, 'EncryptedPackage')) {
      throw new UsageError(
        `${shown} is protected with a password, so its text cannot be read`,
        'open it in Word, remove the password (File > Info > Protect Document > Encrypt with Password, clear it), save, and import that copy',
      );
    }
    throw new UsageError(`${shown} is an old Word 97-2003 document (.doc), not a .docx`, 'open it in Word or LibreOffice and save it as Word Document (.docx)');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new UsageError(`${shown} is not a Word document (.docx)`, 'give the .docx file of the published report, as Word saves it');
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => /^(_rels\/\.rels|word\/[^/]+\.xml|word\/_rels\/[^/]+\.rels)$/.test(file.name) && file.originalSize <= PART_LIMIT,
    });
  } catch (error) {
    throw new UsageError(
      `${shown} is damaged and cannot be opened: ${(error as Error).message}`,
      'open it in Word (which offers to repair it), save it again, and import that copy',
    );
  }
  const decoder = new TextDecoder('utf-8');
  const text = (name: string): string | undefined => (files[name] ? decoder.decode(files[name]) : undefined);
  const main = mainDocumentPath(text('_rels/.rels'));
  const document = text(main);
  if (document === undefined) {
    throw new UsageError(`${shown} is a zip package but not a Word document: it has no ${main}`, 'give the .docx file of the published report, as Word saves it');
  }
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const name = main.slice(folder.length);
  return {
    document,
    styles: text(`${folder}styles.xml`),
    numbering: text(`${folder}numbering.xml`),
    relationships: text(`${folder}_rels/${name}.rels`),
  };
}

/** Where the package's relationships say the main document is; word/document.xml as Word writes it. */
function mainDocumentPath(rels: string | undefined): string {
  const fallback = 'word/document.xml';
  if (!rels) return fallback;
  const parsed = parseXml(rels);
  if ('error' in parsed) return fallback;
  const root = rootOf(parsed.nodes);
  const main = root
    ? childrenOf(root).find((node) => tagOf(node) === 'Relationship' && /\/officeDocument$/.test(attributesOf(node).Type ?? ''))
    : undefined;
  const target = main ? attributesOf(main).Target?.replace(/^\//, '') : undefined;
  return target && /^word\/[^/]+\.xml$/.test(target) ? target : fallback;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Buffer.from(text, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(pattern);
}
