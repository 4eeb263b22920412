import path from 'node:path';
import { ExitError, UsageError } from '../errors.js';
import type { Io } from '../cli/io.js';
import { displayPath } from '../load/index.js';
import { findSettings } from '../config/index.js';
import { interrupted } from './interrupted.js';
import { watchFiles, type WatchTarget } from './watch-files.js';

export interface WatchValidateOptions {
  /** The data folder, as given. */
  readonly data: string;
  readonly io: Io;
  /** Resolves when watching should stop. Default: Ctrl-C or SIGTERM. */
  readonly until?: Promise<void>;
}

/**
 * `validate --watch`: runs the checks, then again after every save in the
 * data folder (or to the config file), until Ctrl-C. A run that finds
 * problems, or cannot read the data, prints them and waits for the next save.
 */
export async function watchValidate(check: () => void | Promise<void>, options: WatchValidateOptions): Promise<void> {
  const { io } = options;
  const dataDir = path.resolve(io.cwd, options.data);
  const run = async () => {
    try {
      await check();
    } catch (error) {
      if (error instanceof UsageError) io.stderr(`error: ${error.message}${error.hint ? `\n  hint: ${error.hint}` : ''}`);
      // A fault of the tool is told, and the watching goes on: the next save may well work.
      else if (!(error instanceof ExitError)) io.stderr(`rag-report failed: ${(error as Error)?.stack ?? String(error)}`);
    }
    // On stderr, so that --format json or github prints only what those formats hold.
    io.stderr(`watching ${displayPath(io.cwd, dataDir)} for changes (Ctrl-C to stop)`);
  };
  const config = findSettings(io.cwd).configFile;
  const targets: WatchTarget[] = [{ path: dataDir, kind: 'folder' }, ...(config ? [{ path: config, kind: 'file' as const }] : [])];
  // Watching starts before the first check, so that no save made once it has printed is missed.
  let running = Promise.resolve();
  const stop = watchFiles(targets, (files) => {
    running = running.then(async () => {
      io.stderr(`\n${new Date().toTimeString().slice(0, 8)}  changed: ${files.map((file) => displayPath(io.cwd, file)).join(', ')}`);
      await run();
    });
  });
  running = running.then(run);
  await (options.until ?? interrupted());
  stop();
  await running;
}
