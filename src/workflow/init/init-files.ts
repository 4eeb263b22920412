import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageFile } from '../../package-root.js';

/** Replaced by the version of rag-report in the template files, so that CI and staff use the one that wrote them. */
export const VERSION_PLACEHOLDER = '__RAG_REPORT_VERSION__';

/**
 * The branch the new repository starts on, which its workflow builds strictly on every push.
 * Written into the workflow, the README and init's instructions from here alone, so that
 * they cannot disagree (git's own default may be master).
 */
export const DEFAULT_BRANCH = 'main';

/** A template file or folder named `dot-x` is written as `.x`: npm leaves some dot files out of packages. */
const DOT_PREFIX = 'dot-';

export interface InitFile {
  /** Relative to the new repository, with forward slashes. */
  readonly path: string;
  readonly content: string;
}

export interface InitFilesOptions {
  /** The rag-report version the new repository's package.json pins. */
  readonly version: string;
  /** The new repository's folder name, made into its package name. */
  readonly folderName: string;
  /** The Node.js versions rag-report runs on, as package.json's engines says. */
  readonly nodeEngines: string;
  /** Extra generated files, by path relative to the repository: the JSON Schemas. */
  readonly generated: Readonly<Record<string, string>>;
  /** Default: templates/init of this package. */
  readonly templateDir?: string;
}

/** Every file `rag-report init` writes, sorted by path. Reads the templates; writes nothing. */
export function initFiles(options: InitFilesOptions): InitFile[] {
  const root = options.templateDir ?? packageFile('templates', 'init');
  const values: Record<string, string> = {
    [VERSION_PLACEHOLDER]: options.version,
    __BRANCH__: DEFAULT_BRANCH,
    __PACKAGE_NAME__: packageName(options.folderName),
    __NODE_ENGINES__: options.nodeEngines,
  };
  const templates = listFiles(root).map((relative) => ({
    path: relative.split('/').map(undot).join('/'),
    content: readFileSync(path.join(root, relative), 'utf8').replace(/__[A-Z_]+__/g, (placeholder) => values[placeholder] ?? placeholder),
  }));
  const generated = Object.entries(options.generated).map(([file, content]) => ({ path: file, content }));
  return [...templates, ...generated].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(path.join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });
}

function undot(name: string): string {
  return name.startsWith(DOT_PREFIX) ? `.${name.slice(DOT_PREFIX.length)}` : name;
}

/** npm's rules: lower case, no spaces, URL-safe; "rag-reports" when nothing is left. */
export function packageName(folderName: string): string {
  const name = folderName.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|[-]+$/g, '');
  return name.slice(0, 214) || 'rag-reports';
}
