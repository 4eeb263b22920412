import type { CheckedFileStore } from '../load/checked-file-store.js';
import { cacheDir } from './cache-dir.js';
import { openCacheStore, type CacheStore } from './cache-store.js';
import { contentKey } from './content-key.js';
import { toolIdentity } from './tool-identity.js';

/** The loader's results by file, kept in `store` under a key of the tool, the file's kind, its shown path and its bytes. */
export function checkedFileStore(store: CacheStore): CheckedFileStore {
  const key = (kind: string, shown: string, bytes: Uint8Array) => contentKey([toolIdentity(), kind, shown, bytes]);
  return {
    get: (kind, shown, bytes) => store.read('files', key(kind, shown, bytes)),
    set: (kind, shown, bytes, payload) => store.write('files', key(kind, shown, bytes), payload),
  };
}

/** The loader's store in the cache folder for `cwd`, or undefined when there is none. */
export function openCheckedFileStore(cwd: string, env: Readonly<Record<string, string | undefined>>): CheckedFileStore | undefined {
  const dir = cacheDir(cwd, env);
  return dir === undefined ? undefined : checkedFileStore(openCacheStore(dir));
}
