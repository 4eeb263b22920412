import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { UsageError } from '../../errors.js';
import { INSTALL_OFFICE_HINT, type OfficeProgram } from './find-office.js';

const run = promisify(execFile);

/**
 * writer_pdf_Export's options: a tagged PDF (headings, tables, reading order
 * and the document's language for screen readers, as the Welsh Language
 * Standards and WCAG ask of published documents) with the headings as
 * bookmarks. The language is the docx's own (en-GB or cy-GB), which
 * LibreOffice writes as the PDF's /Lang.
 */
const PDF_FILTER = `pdf:writer_pdf_Export:${JSON.stringify({
  UseTaggedPDF: { type: 'boolean', value: 'true' },
  ExportBookmarks: { type: 'boolean', value: 'true' },
})}`;

/** How often a long conversion says it is still going, for logs that are not a terminal. */
const STILL_CONVERTING_MS = 5_000;

export interface DocxToPdfOptions {
  /** From findOffice(), checked by requireOffice(). */
  readonly office: OfficeProgram;
  /** Told when a conversion starts, while it goes on, and when it ends. */
  readonly progress?: (line: string) => void;
}

/** Converts docx bytes to a tagged PDF with LibreOffice, in a private folder and profile so runs never collide. */
export async function docxToPdf(docx: Uint8Array, name: string, options: DocxToPdfOptions): Promise<Uint8Array> {
  const office = options.office;
  const progress = options.progress ?? (() => {});
  const folder = mkdtempSync(path.join(tmpdir(), 'rag-report-pdf-'));
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
  progress(`converting ${name} to PDF with LibreOffice…`);
  const ticker = setInterval(() => progress(`  still converting ${name} (${seconds()} s)…`), STILL_CONVERTING_MS);
  try {
    const input = path.join(folder, name);
    writeFileSync(input, docx);
    const profile = pathToFileURL(path.join(folder, 'profile')).href;
    await convert(office, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', PDF_FILTER, '--outdir', folder, input]);
    const pdf = readFileSync(input.replace(/\.docx$/, '.pdf'));
    progress(`  converted ${name} in ${seconds()} s`);
    return pdf;
  } finally {
    clearInterval(ticker);
    rmSync(folder, { recursive: true, force: true });
  }
}

async function convert(office: OfficeProgram, args: string[]): Promise<void> {
  try {
    await run(office.command, args, { timeout: 180_000 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EACCES') {
      throw new UsageError(`LibreOffice's program ${office.command} (${describeSource(office)}) could not be run`, INSTALL_OFFICE_HINT);
    }
    throw new UsageError(`LibreOffice could not convert the document to PDF: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Where the office program's path came from, as a user would name it. */
export function describeSource(office: OfficeProgram): string {
  switch (office.from) {
    case 'option':
      return 'from --office';
    case 'environment':
      return 'from RAG_REPORT_OFFICE';
    case 'config':
      return 'from the config file';
    case 'path':
      return 'found on PATH';
    case 'install-folder':
      return "found in LibreOffice's install folder";
  }
}
