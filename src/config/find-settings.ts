import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath } from '../load/data-paths.js';
import { parseYamlFile } from '../load/read-yaml-file.js';
import { schemaProblems } from '../load/schema-problems.js';
import { configFileSchema } from './config-file.js';
import { CONFIG_FILE, findConfigFile, settingsWithoutFile, type Settings } from './settings-file.js';

export type { Settings };

/**
 * The settings for a command run in `cwd`. As git finds its repository, the
 * nearest folder at or above `cwd` decides: one holding rag-report.yaml (its
 * settings), or one holding a `data` folder. Run from inside the data folder,
 * a report or a quarter folder, that data folder. Otherwise ./data. The search
 * stops at the top of a git repository.
 */
export function findSettings(cwd: string): Settings {
  const config = findConfigFile(cwd);
  return config ? readConfig(cwd, config) : settingsWithoutFile(cwd);
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
