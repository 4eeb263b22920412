import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCacheStore } from '../../src/cache/cache-store.js';
import { cacheDir } from '../../src/cache/cache-dir.js';
import { contentKey } from '../../src/cache/content-key.js';

const entries = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

describe('the cache store', () => {
  it('gives back what was written under a key, and nothing under another', () => {
    const store = openCacheStore(mkdtempSync(path.join(tmpdir(), 'rag-cache-')));
    store.write('png', contentKey(['a']), Buffer.from('first'));
    expect(Buffer.from(store.read('png', contentKey(['a']))!).toString()).toBe('first');
    expect(store.read('png', contentKey(['b']))).toBeUndefined();
    expect(store.read('pieces', contentKey(['a']))).toBeUndefined();
  });

  it('treats a damaged or cut-short entry as missing, and removes it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rag-cache-'));
    const store = openCacheStore(dir);
    for (const [index, damage] of [(bytes: Buffer) => bytes.subarray(0, bytes.length - 1), (bytes: Buffer) => Buffer.concat([bytes, Buffer.from('x')]), () => Buffer.alloc(0)].entries()) {
      const key = contentKey([String(index)]);
      store.write('pieces', key, Buffer.from('a whole entry'));
      const [file] = entries(dir).filter((name) => name.endsWith(key));
      writeFileSync(file!, damage(readFileSync(file!)));
      expect(store.read('pieces', key)).toBeUndefined();
      expect(entries(dir).some((name) => name.endsWith(key))).toBe(false);
    }
  });

  it('leaves no temporary file behind, and a folder it may not write to is no error', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rag-cache-'));
    openCacheStore(dir).write('png', contentKey(['a']), Buffer.from('x'));
    expect(entries(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const readOnly = mkdtempSync(path.join(tmpdir(), 'rag-cache-'));
    chmodSync(readOnly, 0o500);
    const store = openCacheStore(path.join(readOnly, 'cache'));
    expect(() => store.write('png', contentKey(['a']), Buffer.from('x'))).not.toThrow();
    // root may write anywhere: then the entry is simply there.
    const found = store.read('png', contentKey(['a']));
    expect(found === undefined || Buffer.from(found).toString() === 'x').toBe(true);
  });

  it('keys differ whenever the parts differ, even where their joined text is the same', () => {
    expect(contentKey(['ab', 'c'])).not.toBe(contentKey(['a', 'bc']));
    expect(contentKey(['a'])).toBe(contentKey([Buffer.from('a')]));
  });
});

describe('where the cache is kept', () => {
  it('is XDG_CACHE_HOME/rag-report when that is set, else node_modules/.cache above the folder, else ~/.cache', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'rag-project-'));
    expect(cacheDir(project, { XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/rag-report');
    expect(cacheDir(project, { HOME: '/home/me' })).toBe('/home/me/.cache/rag-report');
    expect(cacheDir(project, {})).toBeUndefined();
    const nested = path.join(project, 'reports', 'data');
    for (const dir of [path.join(project, 'node_modules'), nested]) mkdirSync(dir, { recursive: true });
    expect(cacheDir(nested, { HOME: '/home/me' })).toBe(path.join(project, 'node_modules', '.cache', 'rag-report'));
  });
});
