import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { wantedQuarters } from '../load/wanted-quarters.js';
import { parseQuarter } from '../quarter/index.js';
import { contentKey } from './content-key.js';

export interface BuildInputsRequest {
  /** The data folder, absolute. */
  readonly dataDir: string;
  /** Only this report; default every report. */
  readonly report?: string;
  /** The quarter read (with the one before it); default every quarter, as validate reads them. */
  readonly quarter?: string;
  /** As many quarters up to `quarter` as the trend chart shows. */
  readonly trendQuarters: number;
}

export interface BuildInputs {
  /** The key of every file the build reads: its validation problems depend on nothing else. */
  readonly key: string;
  /** Each report that has the quarter, with the key of the files read for it. */
  readonly reports: readonly { readonly name: string; readonly key: string }[];
}

/**
 * The keys of what a build of `quarter` reads, found without parsing anything:
 * the data folder's listing and, in each report's folder, every file but those
 * of quarters the build does not read (a later quarter being written does not
 * make the cache miss). It reads more than the loader does (any file in the
 * report's folder), never less, so a change it misses cannot change the output.
 * Undefined when the folders cannot be listed: the build then reports why.
 */
export function buildInputs(request: BuildInputsRequest): BuildInputs | undefined {
  try {
    const listing = readdirSync(request.dataDir, { withFileTypes: true }).sort(byName);
    const names = listing.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
    const chosen = request.report === undefined ? names : names.filter((name) => name === request.report);
    const reports = chosen.map((name) => {
      const dir = path.join(request.dataDir, name);
      return { name, key: contentKey(reportFiles(dir, request)), hasQuarter: request.quarter === undefined || isFolder(path.join(dir, request.quarter)) };
    });
    // What report.yaml may name outside its own folder (a logo, a template anywhere in the data
    // folder): the data folder's own files, and its folders that are not reports, by content.
    const shared = listing.filter((entry) => !chosen.includes(entry.name) && !isReport(request.dataDir, entry));
    const key = contentKey([
      request.dataDir,
      request.report ?? '',
      ...listing.map((entry) => `${entry.name}\0${kind(entry)}`),
      ...shared.flatMap((entry) => [...treeFiles(request.dataDir, entry, '')]),
      ...reports.map((report) => report.key),
    ]);
    return { key, reports: reports.filter((report) => report.hasQuarter).map(({ name, key }) => ({ name, key })) };
  } catch {
    return undefined;
  }
}

/** Every path, kind and content under a report's folder, but those of quarters not read (with no quarter asked for, every one is). */
function* reportFiles(dir: string, request: BuildInputsRequest): Generator<string | Uint8Array> {
  const entries = readdirSync(dir, { withFileTypes: true }).sort(byName);
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const { quarter, trendQuarters } = request;
  const read = quarter === undefined ? undefined : new Set(wantedQuarters({ quarter, trendQuarters }, folders));
  for (const entry of entries) {
    if (read && entry.isDirectory() && parseQuarter(entry.name) && !read.has(entry.name)) continue;
    yield* treeFiles(dir, entry, '');
  }
}

function* treeFiles(dir: string, entry: Dirent, prefix: string): Generator<string | Uint8Array> {
  const relative = `${prefix}${entry.name}`;
  const file = path.join(dir, entry.name);
  yield `${relative}\0${kind(entry)}`;
  if (entry.isSymbolicLink()) {
    // Where it leads decides whether the loader reads it (never outside the data folder).
    const target = realTarget(file);
    yield target ?? 'broken';
    if (target && statSync(target).isFile()) yield readFileSync(target);
  } else if (entry.isDirectory()) {
    for (const child of readdirSync(file, { withFileTypes: true }).sort(byName)) yield* treeFiles(file, child, `${relative}/`);
  } else if (entry.isFile()) {
    yield readFileSync(file);
  }
}

function realTarget(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

/** A folder of the data folder with a report.yaml: its files are keyed as a report's. */
function isReport(dataDir: string, entry: Dirent): boolean {
  return entry.isDirectory() && lstatSync(path.join(dataDir, entry.name, 'report.yaml'), { throwIfNoEntry: false }) !== undefined;
}

function isFolder(dir: string): boolean {
  // As the loader lists folders: a link to a folder is not a quarter.
  return lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function kind(entry: Dirent): string {
  return entry.isSymbolicLink() ? 'link' : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
