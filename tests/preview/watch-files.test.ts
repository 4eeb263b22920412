import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { watchFiles } from '../../src/preview/watch-files.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rag-watch-'));
  folders.push(folder);
  mkdirSync(path.join(folder, 'report', '2023Q2'), { recursive: true });
  return folder;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('an editor’s save in several steps (swap file, temporary file, rename) is one change of the real file', async () => {
  const folder = dataFolder();
  const changes: string[][] = [];
  const stop = watchFiles([{ path: folder, kind: 'folder' }], (files) => changes.push(files));
  try {
    const file = path.join(folder, 'report', '2023Q2', '17a.yaml');
    writeFileSync(path.join(folder, 'report', '2023Q2', '.17a.yaml.swp'), 'swap');
    writeFileSync(path.join(folder, 'report', '2023Q2', '4913'), '');
    writeFileSync(`${file}~`, 'backup');
    writeFileSync(file, '');
    writeFileSync(file, 'section: 17a\n');
    await expect.poll(() => changes.length, { timeout: 5000 }).toBe(1);
    await pause(200);
    expect(changes).toEqual([[file]]);
    // Saved by renaming a temporary file over it, as many editors do.
    writeFileSync(path.join(folder, 'report', '2023Q2', '17a.yaml.tmp'), 'section: 17a\ntitle: x\n');
    renameSync(path.join(folder, 'report', '2023Q2', '17a.yaml.tmp'), file);
    await expect.poll(() => changes.length, { timeout: 5000 }).toBe(2);
    expect(changes[1]).toContain(file);
  } finally {
    stop();
  }
});

test('hidden folders such as .git and .schema are not watched for changes', async () => {
  const folder = dataFolder();
  mkdirSync(path.join(folder, '.schema'));
  const changes: string[][] = [];
  const stop = watchFiles([{ path: folder, kind: 'folder' }], (files) => changes.push(files));
  try {
    writeFileSync(path.join(folder, '.schema', 'section.schema.json'), '{}');
    await pause(300);
    expect(changes).toEqual([]);
  } finally {
    stop();
  }
});
