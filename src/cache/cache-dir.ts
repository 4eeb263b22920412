import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the build cache lives: `$XDG_CACHE_HOME/rag-report` when that is set,
 * else `node_modules/.cache/rag-report` in the nearest folder above `cwd` that
 * has node_modules (where Vite, Babel and others keep theirs), else
 * `~/.cache/rag-report`. Undefined, and so no cache, when there is none of these.
 */
export function cacheDir(cwd: string, env: Readonly<Record<string, string | undefined>>): string | undefined {
  if (env.XDG_CACHE_HOME) return path.join(path.resolve(cwd, env.XDG_CACHE_HOME), 'rag-report');
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const modules = path.join(dir, 'node_modules');
    if (existsSync(modules) && statSync(modules).isDirectory()) return path.join(modules, '.cache', 'rag-report');
    if (path.dirname(dir) === dir) break;
  }
  return env.HOME ? path.join(env.HOME, '.cache', 'rag-report') : undefined;
}
