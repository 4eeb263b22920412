export { openBuildCache, type BuildCache, type BuildCacheRequest } from './build-cache.js';
export { cacheDir } from './cache-dir.js';
export { openCheckedFileStore } from './checked-file-store.js';
