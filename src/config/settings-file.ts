import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Format } from '../build/output-names.js';
import { REPORT_FILE } from '../load/data-paths.js';
import type { Language } from '../schema/languages.js';

export const CONFIG_FILE = 'rag-report.yaml';

/** Where the data is and what to build, before command-line options override it. */
export interface Settings {
  /** rag-report.yaml, when one was found. */
  readonly configFile?: string;
  /** The data folder (absolute). */
  readonly data: string;
  /** The output folder (absolute). */
  readonly out: string;
  readonly languages?: readonly Language[];
  readonly formats?: readonly Format[];
  readonly office?: string;
}

/**
 * The rag-report.yaml that decides for a command run in `cwd`: the nearest at
 * or above it, up to the top of its git repository. Found without reading it,
 * so that a command run where there is none never loads the YAML parser for it.
 */
export function findConfigFile(cwd: string): string | undefined {
  return foldersUp(path.resolve(cwd))
    .map((dir) => path.join(dir, CONFIG_FILE))
    .find(isFile);
}

/**
 * The settings where there is no rag-report.yaml: the nearest folder at or
 * above `cwd` holding a `data` folder decides. Run from inside the data
 * folder, a report or a quarter folder, that data folder. Otherwise ./data.
 */
export function settingsWithoutFile(cwd: string): Settings {
  const folders = foldersUp(path.resolve(cwd));
  const data = dataFolderInside(folders[0]!) ?? folders.map((dir) => path.join(dir, 'data')).find(isDirectory);
  if (data) return { data, out: path.join(path.dirname(data), 'dist') };
  return { data: path.resolve(cwd, 'data'), out: path.resolve(cwd, 'dist') };
}

/** `start` and the folders above it, up to the top of its git repository or of the file system. */
function foldersUp(start: string): string[] {
  const folders = [start];
  for (let dir = start; !existsSync(path.join(dir, '.git')) && path.dirname(dir) !== dir; ) {
    dir = path.dirname(dir);
    folders.push(dir);
  }
  return folders;
}

/** The data folder when `dir` is one, or a report folder (report.yaml) in one, or a quarter folder in one. */
function dataFolderInside(dir: string): string | undefined {
  if (holdsReports(dir)) return dir;
  if (isFile(path.join(dir, REPORT_FILE))) return path.dirname(dir);
  if (isFile(path.join(path.dirname(dir), REPORT_FILE))) return path.dirname(path.dirname(dir));
  return undefined;
}

function holdsReports(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory() && isFile(path.join(dir, entry.name, REPORT_FILE)));
  } catch {
    return false;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
