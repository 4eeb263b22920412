import { existsSync, lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type * as z from 'zod';
import { UsageError } from '../errors.js';
import { LANGUAGES, reportFileSchema, sectionFileSchema, type Language } from '../schema/index.js';
import { parseQuarter } from '../quarter/index.js';
import { problem, type Problem } from '../problems/index.js';
import { decodeText } from './decode-text.js';
import { FrontMatterLanguageError, splitFrontMatter } from './front-matter.js';
import { displayPath, isInside, narrativeFileName, REPORT_FILE, SECTION_EXTENSION } from './data-paths.js';
import type { CheckedFileStore } from './checked-file-store.js';
import type { LoadedQuarter, LoadedReport, LoadedSection, Narrative } from './model.js';
import { lazySourceFile } from './lazy-source-file.js';
import { parseYamlFile } from './read-yaml-file.js';
import { checkQuarterArgument } from './quarter-argument.js';
import { MAX_FILE_BYTES, megabytes } from './size-limits.js';
import { schemaProblems } from './schema-problems.js';
import type { SourceFile } from './source-file.js';
import { wantedQuarters, type OnlyQuarter } from './wanted-quarters.js';

export { checkQuarterArgument };

export interface LoadOptions {
  /** The data folder. */
  readonly dataDir: string;
  /** Paths in problems are shown relative to this folder. Default: process.cwd(). */
  readonly cwd?: string;
  /** Only this report (a folder name under the data folder). Default: every report. */
  readonly report?: string;
  /** Only this quarter and the one before it (for comparison). Default: every quarter. */
  readonly quarter?: string;
  /** Keeps each file's checked result by its bytes, so that an unchanged file is not parsed again (the build cache). */
  readonly store?: CheckedFileStore;
  /**
   * With `quarter`: also the latest quarters up to it, this many in all, as a
   * trend chart shows them. A long history is then not read in full.
   */
  readonly trendQuarters?: number;
  /**
   * Parses a YAML file's bytes. Default parseYamlFile; a long-running process
   * (the preview) passes one that remembers files whose bytes have not changed.
   */
  readonly parseYaml?: typeof parseYamlFile;
}

export interface LoadedData {
  readonly dataDir: string;
  readonly reports: readonly LoadedReport[];
  /** Problems found while reading: syntax, schema, misnamed folders. */
  readonly problems: readonly Problem[];
}

/** Reads every report (or the chosen one) under the data folder. Throws only UsageError. */
export function loadData(options: LoadOptions): LoadedData {
  const cwd = options.cwd ?? process.cwd();
  const dataDir = path.resolve(cwd, options.dataDir);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(
      `no data folder at ${displayPath(cwd, dataDir)}`,
      'run the command from your report repository, pass --data DIR, or start one with `rag-report init`',
    );
  }
  if (options.quarter !== undefined) checkQuarterArgument(options.quarter);
  const reportNames = listReportNames(dataDir);
  if (reportNames.length === 0) {
    throw new UsageError(
      `the data folder ${displayPath(cwd, dataDir)} holds no reports`,
      'each report is a folder in it holding report.yaml and one folder per quarter; `rag-report init` starts one',
    );
  }
  if (options.report !== undefined && !reportNames.includes(options.report)) {
    throw new UsageError(
      `no report "${options.report}" in ${displayPath(cwd, dataDir)}`,
      `the reports are: ${reportNames.join(', ')}`,
    );
  }
  const problems: Problem[] = [];
  const context: Context = { cwd, dataDir, problems, parseYaml: options.parseYaml ?? parseYamlFile, store: options.store };
  const wanted = options.report === undefined ? reportNames : [options.report];
  const only = options.quarter === undefined ? undefined : { quarter: options.quarter, trendQuarters: options.trendQuarters ?? 0 };
  const reports = wanted.map((name) => loadReport(context, name, only));
  return { dataDir, reports, problems };
}

interface Context {
  readonly cwd: string;
  readonly dataDir: string;
  readonly problems: Problem[];
  readonly parseYaml: typeof parseYamlFile;
  readonly store?: CheckedFileStore | undefined;
}

function listReportNames(dataDir: string): string[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

function loadReport(context: Context, name: string, onlyQuarter: OnlyQuarter | undefined): LoadedReport {
  const dir = path.join(context.dataDir, name);
  const file = path.join(dir, REPORT_FILE);
  const shown = displayPath(context.cwd, file);
  const base = { name, dir, path: shown };
  const quarters = loadQuarters(context, dir, onlyQuarter);
  if (!entryExists(file)) {
    context.problems.push(problem('missing-report-file', { file: shown, line: 0, column: 0 }, { report: name }));
    return { ...base, quarters };
  }
  const { source, data } = checkedYaml(context, file, 'report', reportFileSchema);
  return { ...base, source, data, quarters };
}

function loadQuarters(context: Context, reportDir: string, onlyQuarter: OnlyQuarter | undefined): LoadedQuarter[] {
  const entries = readdirSync(reportDir, { withFileTypes: true });
  const wanted = onlyQuarter && wantedQuarters(onlyQuarter, entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const quarters: LoadedQuarter[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const quarter = parseQuarter(entry.name);
    const dir = path.join(reportDir, entry.name);
    if (!quarter) {
      context.problems.push(problem('bad-quarter-folder', { file: displayPath(context.cwd, dir), line: 0, column: 0 }, { folder: entry.name }));
      continue;
    }
    if (wanted && !wanted.includes(entry.name)) continue;
    // A quarter read only for comparison or the trend is seldom pointed into: its parsed YAML is not kept.
    const pointedInto = !onlyQuarter || entry.name === onlyQuarter.quarter;
    quarters.push(loadQuarter(context, dir, entry.name, quarter, pointedInto));
  }
  return quarters.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function loadQuarter(context: Context, dir: string, id: string, quarter: LoadedQuarter['quarter'], pointedInto: boolean): LoadedQuarter {
  const sections: LoadedSection[] = [];
  const narratives: Partial<Record<Language, Narrative>> = {};
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (name.endsWith(SECTION_EXTENSION)) {
      sections.push(loadSection(context, file, name.slice(0, -SECTION_EXTENSION.length), pointedInto));
    } else if (name.endsWith('.yml')) {
      context.problems.push(
        problem('wrong-extension', { file: displayPath(context.cwd, file), line: 0, column: 0 }, { rename: `${name.slice(0, -4)}${SECTION_EXTENSION}` }),
      );
    }
  }
  for (const language of LANGUAGES) {
    const file = path.join(dir, narrativeFileName(language));
    if (entryExists(file)) {
      const narrative = loadNarrative(context, file);
      if (narrative) narratives[language] = narrative;
    }
  }
  return { id, quarter, dir, path: displayPath(context.cwd, dir), sections, narratives };
}

function loadSection(context: Context, file: string, id: string, pointedInto: boolean): LoadedSection {
  const { source, data } = checkedYaml(context, file, 'section', sectionFileSchema, pointedInto);
  return { id, path: displayPath(context.cwd, file), source, data };
}

/**
 * A YAML file parsed and checked against `schema`, its problems added to the
 * context's. With a store, a file whose bytes were checked before is not parsed
 * again: its data and problems are read back, and its YAML is parsed only if a
 * later check asks where something is in it; so too for a file not `pointedInto`.
 */
function checkedYaml<T>(context: Context, file: string, kind: string, schema: z.ZodType<T>, pointedInto = true): { source?: SourceFile; data?: T } {
  const shown = displayPath(context.cwd, file);
  const bytes = readInsideData(context, file, shown);
  if (!bytes) return {};
  const kept = context.store && readKept<T>(context.store.get(kind, shown, bytes));
  if (kept) {
    context.problems.push(...kept.problems);
    return { source: kept.parsed ? lazySourceFile(shown, bytes) : undefined, data: kept.data };
  }
  const parsed = context.parseYaml(shown, bytes);
  const problems = [...parsed.problems];
  let data: T | undefined;
  if (parsed.source && parsed.value !== undefined) {
    const result = schema.safeParse(parsed.value);
    if (result.success) data = result.data;
    else problems.push(...schemaProblems(parsed.source, schema, parsed.value, result.error));
  }
  context.problems.push(...problems);
  context.store?.set(kind, shown, bytes, serialize({ problems, parsed: parsed.source !== undefined, data } satisfies Kept<T>));
  // The parsed YAML is several times the size of its text: what will not be pointed into is parsed again if ever it is.
  return { source: parsed.source && (pointedInto ? parsed.source : lazySourceFile(shown, bytes)), data };
}

interface Kept<T> {
  readonly problems: Problem[];
  /** Whether the file parsed as YAML (so that problems can point into it). */
  readonly parsed: boolean;
  readonly data?: T;
}

function readKept<T>(payload: Uint8Array | undefined): Kept<T> | undefined {
  if (!payload) return undefined;
  try {
    return deserialize(payload) as Kept<T>;
  } catch {
    return undefined;
  }
}

function loadNarrative(context: Context, file: string): Narrative | undefined {
  const shown = displayPath(context.cwd, file);
  const bytes = readInsideData(context, file, shown);
  if (!bytes) return undefined;
  const decoded = decodeText(shown, bytes);
  if ('problem' in decoded) {
    context.problems.push(decoded.problem);
    return undefined;
  }
  const text = decoded.text;
  try {
    const parsed = splitFrontMatter(text);
    const head = text.slice(0, text.length - parsed.content.length).split('\n');
    const frontMatterLines: Record<string, number> = {};
    for (const [index, line] of head.entries()) {
      const key = /^["']?([^\s#:"'][^:"']*)["']?\s*:/.exec(line)?.[1];
      if (key !== undefined && index > 0) frontMatterLines[key] ??= index + 1;
    }
    return { path: shown, markdown: parsed.content, firstLine: head.length, frontMatter: parsed.data, frontMatterLines };
  } catch (error) {
    if (error instanceof FrontMatterLanguageError) {
      context.problems.push(problem('front-matter-language', { file: shown, line: 1, column: 1 }, { message: error.message }));
      return undefined;
    }
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    context.problems.push(
      problem('yaml-syntax', { file: shown, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }, {
        message: `front matter: ${(error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: FRONT_MATTER_HINT,
      }),
    );
    return undefined;
  }
}

const FRONT_MATTER_HINT = 'the front matter is the YAML between the two --- lines at the top of the file';

/** The file's bytes, refusing links to nothing or outside the data folder, other than regular files, and files past the size limit. */
function readInsideData(context: Context, file: string, shown: string): Uint8Array | undefined {
  const at = { file: shown, line: 0, column: 0 };
  const refuse = (made: Problem): undefined => {
    context.problems.push(made);
    return undefined;
  };
  let stat: Stats;
  try {
    stat = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return refuse(problem('unreadable-file', at, { message: 'this file is a link to something that does not exist', hint: 'replace the link by the file itself' }));
    if (code === 'ELOOP') return refuse(problem('unreadable-file', at, { message: 'this file is a link that leads in a loop back to itself', hint: 'replace the link by the file itself' }));
    return refuse(problem('unreadable-file', at, { message: `the file cannot be read: ${code ?? (error as Error).message}` }));
  }
  if (!isInside(context.dataDir, file)) return refuse(problem('outside-data', at));
  // A FIFO would block the read for ever, a device could stream without end.
  if (!stat.isFile()) {
    return refuse(problem('unreadable-file', at, { message: `this is ${kindOf(stat)}, not a file, and is not read`, hint: 'replace it by a file, or move it out of the data folder' }));
  }
  if (stat.size > MAX_FILE_BYTES) {
    return refuse(problem('too-large', at, { message: `the file is ${megabytes(stat.size)}; a data file may be at most ${megabytes(MAX_FILE_BYTES)}`, hint: 'split it, or link to long documents instead of pasting them in' }));
  }
  try {
    return readFileSync(file);
  } catch (error) {
    return refuse(problem('unreadable-file', at, { message: `the file cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }));
  }
}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'something other than a file';
}

/** True when a directory entry is there, even a link to nothing (which existsSync calls absent). */
function entryExists(file: string): boolean {
  return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}
