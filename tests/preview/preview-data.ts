import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SAMPLE_DATA } from '../helpers/sample.js';

/** A private copy of the sample data, in its own temporary folder: `root/data`. */
export function copySampleData(): { root: string; dataDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'rag-preview-'));
  const dataDir = path.join(root, 'data');
  cpSync(SAMPLE_DATA, dataDir, { recursive: true });
  return { root, dataDir };
}

/** Every file under `dir` with its size and content: to show that nothing was written there. */
export function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = path.join(dir, name);
    files[name] = statSync(file).isDirectory() ? '(folder)' : readFileSync(file, 'utf8');
  }
  return files;
}
