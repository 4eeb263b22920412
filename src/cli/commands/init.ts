import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { displayPath, SCHEMA_FOLDER } from '../../load/index.js';
import { packageFile } from '../../package-root.js';
import { DEFAULT_BRANCH, initConflicts, initFiles, type InitFile } from '../../workflow/index.js';
import { writeFilesAtomically } from '../../write/index.js';
import type { Io } from '../io.js';
import { paintFor } from '../paint.js';
import { VERSION } from '../version.js';
import { jsonSchemas } from './schema.js';

export interface InitOptions {
  /** The folder to start the repository in. Default "." */
  readonly dir: string;
  readonly quiet?: boolean;
}

/** Writes an example report repository into a new or empty folder; never overwrites a file. */
export function initCommand(options: InitOptions, io: Io): void {
  const root = path.resolve(io.cwd, options.dir);
  const shown = displayPath(io.cwd, root) || '.';
  const schemas = Object.entries(jsonSchemas()).map(([name, text]) => [`data/${SCHEMA_FOLDER}/${name}`, text]);
  const engines = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  const files = initFiles({ version: VERSION, folderName: path.basename(root), nodeEngines: engines, generated: Object.fromEntries(schemas) });
  const conflicts = initConflicts(root, files.map((file) => file.path));
  if (conflicts.length > 0) {
    throw new UsageError(
      conflicts[0] === '.'
        ? `${shown} is a file, not a folder`
        : `${shown} already has ${listed(conflicts)}: init never overwrites a file`,
      'start in a new or empty folder, e.g. `rag-report init my-reports`, or move those files away first',
    );
  }
  writeFilesAtomically(files.map((file) => ({ path: path.join(root, file.path), content: file.content })));
  if (!options.quiet) io.stdout(describe(files, shown, options.dir, io));
}

function listed(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).join(', ');
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}

function describe(files: readonly InitFile[], shown: string, dir: string, io: Io): string {
  const paint = paintFor(io);
  const quarters = [...new Set(files.flatMap((file) => /^data\/[^/.][^/]*\/(\d{4}Q[1-4])\//.exec(file.path)?.[1] ?? []))].sort();
  const example = files.find((file) => /^data\/[^/.][^/]*\/report\.yaml$/.test(file.path))?.path.split('/')[1] ?? '';
  const latest = quarters[quarters.length - 1] ?? '';
  const rows: [string, string][] = [
    ['README.md', 'how to edit, check and build the reports: start here'],
    ['package.json', `pins rag-report ${VERSION}, for GitHub and every computer`],
    [`data/${example}/`, `an example report, with ${quarters.join(' and ')}`],
    [`data/${SCHEMA_FOLDER}/`, 'descriptions of the files, for the editor'],
    ['.github/workflows/reports.yml', 'checks and builds the reports on GitHub'],
    ['.vscode/', 'editor settings (install the YAML extension it suggests)'],
    ['.gitignore', 'keeps built documents, exported translations and Word lock files out of git'],
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  const cd = dir === '.' || dir === '' ? [] : [`  cd ${shown.includes(' ') ? JSON.stringify(shown) : shown}`];
  return [
    paint.green(`Started a report repository in ${shown === '.' ? 'this folder' : `${shown}/`} (rag-report ${VERSION}):`),
    ...rows.map(([name, what]) => `  ${name.padEnd(width)}${what}`),
    '',
    'Next:',
    ...cd,
    `  npm install                 ${paint.dim(`installs rag-report ${VERSION} from the npm registry and writes package-lock.json;`)}`,
    `                              ${paint.dim(`from a tarball instead: npm install --save-exact ./vendor/rag-report-${VERSION}.tgz (see the README)`)}`,
    '  npx rag-report validate',
    `  npx rag-report build --quarter ${latest}`,
    `  git init -b ${DEFAULT_BRANCH} && git add . && git commit -m "Start the reports"`,
  ].join('\n');
}
