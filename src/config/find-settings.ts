import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Format } from '../build/output-names.js';
import { UsageError } from '../errors.js';
import { displayPath, parseYamlFile, REPORT_FILE } from '../load/index.js';
import { schemaProblems } from '../load/schema-problems.js';
import type { Language } from '../schema/index.js';
import { CONFIG_FILE, configFileSchema } from './config-file.js';

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
 * The settings for a command run in `cwd`. As git finds its repository, the
 * nearest folder at or above `cwd` decides: one holding rag-report.yaml (its
 * settings), or one holding a `data` folder. Run from inside the data folder,
 * a report or a quarter folder, that data folder. Otherwise ./data. The search
 * stops at the top of a git repository.
 */
export function findSettings(cwd: string): Settings {
  const folders = foldersUp(path.resolve(cwd));
  const config = folders.map((dir) => path.join(dir, CONFIG_FILE)).find(isFile);
  if (config) return readConfig(cwd, config);
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

function readConfig(cwd: string, file: string): Settings {
  const shown = displayPath(cwd, file);
  const parsed = parseYamlFile(shown, readFileSync(file));
  const value = parsed.value ?? {};
  const result = configFileSchema.safeParse(value);
  const problems = parsed.source && !result.success ? schemaProblems(parsed.source, configFileSchema, value, result.error) : [];
  const first = [...parsed.problems, ...problems][0];
  if (first || !result.success) {
    throw new UsageError(
      `${first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : `${shown} is not a map of settings`}`,
      `${first?.hint ? `${first.hint}; ` : ''}${CONFIG_FILE} may hold data, out, languages, formats and office`,
    );
  }
  const dir = path.dirname(file);
  const config = result.data;
  return {
    configFile: file,
    data: path.resolve(dir, config.data ?? 'data'),
    out: path.resolve(dir, config.out ?? 'dist'),
    languages: config.languages,
    formats: config.formats,
    // A path is relative to the config file; a bare name such as soffice is looked up on PATH.
    office: config.office && /[\\/]/.test(config.office) ? path.resolve(dir, config.office) : config.office,
  };
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
