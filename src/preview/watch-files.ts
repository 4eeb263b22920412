import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

export interface WatchTarget {
  /** A folder, watched with everything under it, or a single file (its folder is watched, for editors that save by renaming). */
  readonly path: string;
  readonly kind: 'folder' | 'file';
}

/** Editors save in two or more steps (a temporary file, a rename, a truncate then a write): wait for them to settle. */
export const SETTLE_MS = 40;

/**
 * Calls `onChange` with the files that changed, once the saving has settled.
 * Editors' own files (swap files, backups, dot files) are left out. Returns a
 * function that stops watching.
 */
export function watchFiles(targets: readonly WatchTarget[], onChange: (files: string[]) => void, settleMs = SETTLE_MS): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const changed = (file: string) => {
    if (isEditorFile(file)) return;
    pending.add(file);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...pending];
      pending.clear();
      onChange(files);
    }, settleMs);
  };
  const watchers: FSWatcher[] = [];
  for (const target of targets) {
    try {
      watchers.push(watchTarget(target, changed));
    } catch (error) {
      for (const started of watchers) started.close();
      throw new UsageError(`cannot watch ${target.path} for changes: ${(error as Error).message}`, 'on Linux, raise fs.inotify.max_user_watches');
    }
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

function watchTarget(target: WatchTarget, changed: (file: string) => void): FSWatcher {
  return startWatching(target, changed).on('error', () => {
    // The folder went away (renamed, or a checkout in progress): the next render says so; watching must not crash.
  });
}

function startWatching(target: WatchTarget, changed: (file: string) => void): FSWatcher {
  if (target.kind === 'folder') {
    return watch(target.path, { recursive: true }, (_event, name) => {
      // Hidden folders (.git, .schema) and editors' dot files change nothing a page shows.
      if (name && !String(name).split(path.sep).some((part) => part.startsWith('.'))) changed(path.join(target.path, String(name)));
    });
  }
  const folder = path.dirname(target.path);
  return watch(folder, (_event, name) => {
    if (name && path.join(folder, String(name)) === target.path) changed(target.path);
  });
}

/** Swap files, backups and temporary files that editors write beside the real one (vim's 4913 among them). */
function isEditorFile(file: string): boolean {
  const name = path.basename(file);
  return name.endsWith('~') || /\.(swp|swx|tmp|bak)$/i.test(name) || /^\d+$/.test(name) || name.startsWith('#');
}
