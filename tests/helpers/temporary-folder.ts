import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');

const temporaries: string[] = [];
afterEach(() => {
  for (const dir of temporaries.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder in the system's temporary folder, removed after the test. */
export function temporaryFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rag-report-test-'));
  temporaries.push(dir);
  return dir;
}

/** A copy of `source` (default: the sample data) as `<tmp>/data`; returns `<tmp>`. */
export function copyOfData(source = path.join(REPO, 'data')): string {
  const dir = temporaryFolder();
  cpSync(source, path.join(dir, 'data'), { recursive: true });
  return dir;
}
