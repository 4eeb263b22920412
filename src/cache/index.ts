export { openBuildCache, type BuildCache, type BuildCacheRequest } from './build-cache.js';
export { cacheDir } from './cache-dir.js';
