import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { UsageError } from '../../errors.js';

const run = promisify(execFile);
const CANDIDATES = ['soffice', 'libreoffice'];

/** Converts docx bytes to PDF with LibreOffice, in a private folder and profile so runs never collide. */
export async function docxToPdf(docx: Uint8Array, name: string): Promise<Uint8Array> {
  const folder = mkdtempSync(path.join(tmpdir(), 'rag-report-pdf-'));
  try {
    const input = path.join(folder, name);
    writeFileSync(input, docx);
    const profile = pathToFileURL(path.join(folder, 'profile')).href;
    await convert([`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, input]);
    return readFileSync(input.replace(/\.docx$/, '.pdf'));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function convert(args: string[]): Promise<void> {
  for (const command of CANDIDATES) {
    try {
      await run(command, args, { timeout: 180_000 });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw new UsageError(`LibreOffice could not convert the document to PDF: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  throw new UsageError(
    'PDF needs LibreOffice, which is not installed',
    'install it (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice), or leave pdf out of --format',
  );
}
