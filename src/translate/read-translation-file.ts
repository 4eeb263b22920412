import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { decodeText } from '../load/decode-text.js';
import type { ReadUnits } from './import-unit.js';
import { parseCsv } from './parse-csv.js';
import { parseXliff } from './parse-xliff.js';

const XLIFF_EXTENSIONS = ['.xlf', '.xliff', '.xml'];
const CSV_EXTENSIONS = ['.csv', '.tsv', '.txt'];

/** Reads a translated XLIFF or CSV, told apart by the file's extension or, failing that, its content. */
export function readTranslationFile(file: string, shown: string): ReadUnits {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new UsageError(`no file at ${shown}`, 'give the path of the translated .xlf or .csv file');
  }
  const bytes = readFileSync(file);
  const decoded = isUtf16(bytes) ? { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) } : decodeText(shown, bytes);
  if ('problem' in decoded) return { units: [], problems: [decoded.problem] };
  const extension = path.extname(file).toLowerCase();
  const isXliff = XLIFF_EXTENSIONS.includes(extension) || (!CSV_EXTENSIONS.includes(extension) && decoded.text.trimStart().startsWith('<'));
  return isXliff ? parseXliff(decoded.text, shown) : parseCsv(decoded.text, shown);
}

/** Excel's "Unicode Text" is UTF-16 with a byte-order mark. */
function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
