import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { displayPath, REPORT_FILE } from '../load/index.js';
import { packageFile } from '../package-root.js';
import { describeSource } from '../render/pdf/docx-to-pdf.js';
import { findOffice, INSTALL_OFFICE_HINT } from '../render/pdf/find-office.js';
import { CONFIG_FILE } from '../config/index.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** ok: ready; warning: works, but something is missing for some uses; problem: a command will fail. */
export type CheckStatus = 'ok' | 'warning' | 'problem';

/** One line of `rag-report doctor`: what was checked, what was found, and what to do about it. */
export interface Check {
  readonly name: string;
  readonly status: CheckStatus;
  readonly found: string;
  /** What to do; set whenever status is not ok. */
  readonly fix?: string;
}

export interface DoctorContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The data folder, as given (default ./data). */
  readonly data: string;
  /** The output folder, as given (default dist). */
  readonly out: string;
  readonly office?: string | undefined;
  /** rag-report.yaml's `office`, resolved against its folder. */
  readonly officeFromConfig?: string | undefined;
  /** rag-report.yaml, when one was found (main looks for it as every command does). */
  readonly configFile?: string | undefined;
  /** Default process.versions.node; tests pass another. */
  readonly nodeVersion?: string;
}

/** Every check, in the order they are shown. Reads and probes; changes nothing. */
export async function doctorChecks(context: DoctorContext): Promise<Check[]> {
  return [
    nodeCheck(context.nodeVersion ?? process.versions.node),
    toolCheck(),
    await officeCheck(context),
    await fontsCheck(),
    configCheck(context),
    dataCheck(context),
    outputCheck(context),
  ];
}

interface PackageJson {
  readonly version: string;
  readonly engines: { readonly node: string };
}

function packageJson(): PackageJson {
  return JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as PackageJson;
}

/** The lowest Node.js version package.json's engines allows, e.g. [20, 19]. */
export function minimumNode(): [number, number] {
  const match = /(\d+)\.(\d+)/.exec(packageJson().engines.node);
  return [Number(match?.[1] ?? 0), Number(match?.[2] ?? 0)];
}

function nodeCheck(version: string): Check {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = minimumNode();
  const enough = major > needMajor || (major === needMajor && minor >= needMinor);
  const found = `Node.js ${version} (rag-report needs ${needMajor}.${needMinor} or later)`;
  return enough
    ? { name: 'Node.js', status: 'ok', found }
    : { name: 'Node.js', status: 'problem', found, fix: 'install the current LTS version from https://nodejs.org/ (or `nvm install --lts`)' };
}

function toolCheck(): Check {
  return { name: 'rag-report', status: 'ok', found: `${packageJson().version}, installed in ${packageFile()}` };
}

async function officeCheck(context: DoctorContext): Promise<Check> {
  const office = findOffice({ option: context.office, config: context.officeFromConfig, env: context.env });
  const name = 'LibreOffice';
  if (!office) return { name, status: 'warning', found: 'not found (needed only for --format pdf)', fix: INSTALL_OFFICE_HINT };
  try {
    const { stdout } = await run(office.command, ['--version'], { timeout: 60_000 });
    const version = /LibreOffice\s+([\d.]+)/.exec(stdout)?.[1];
    return { name, status: 'ok', found: `${version ? `${version} ` : ''}at ${office.command} (${describeSource(office)})` };
  } catch (error) {
    return {
      name,
      status: 'warning',
      found: `${office.command} (${describeSource(office)}) could not be run: ${(error as Error).message.split('\n')[0]}`,
      fix: office.from === 'path' || office.from === 'install-folder' ? INSTALL_OFFICE_HINT : `correct that path, or ${INSTALL_OFFICE_HINT}`,
    };
  }
}

/** Fonts the documents use, and the fallback LibreOffice will set Arial in for PDF. */
async function fontsCheck(): Promise<Check> {
  const name = 'fonts';
  for (const file of ['@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf', '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf']) {
    try {
      require.resolve(file);
    } catch {
      return { name, status: 'problem', found: `the charts' font ${file} is missing`, fix: 'reinstall rag-report (npm ci), which brings the font with it' };
    }
  }
  const charts = 'charts: Arimo (comes with rag-report)';
  // Windows and macOS have Arial. Elsewhere, fontconfig says what LibreOffice will use for it.
  if (process.platform === 'win32' || process.platform === 'darwin') return { name, status: 'ok', found: `${charts}; documents: Arial (comes with the system)` };
  let family: string;
  try {
    family = (await run('fc-match', ['-f', '%{family}', 'Arial'], { timeout: 10_000 })).stdout.trim();
  } catch {
    return { name, status: 'ok', found: `${charts}; documents: Arial (fc-match is not installed to check which font a PDF will use for it)` };
  }
  const metricTwins = ['Arial', 'Liberation Sans', 'Arimo'];
  if (metricTwins.some((twin) => family.split(',').includes(twin))) {
    return { name, status: 'ok', found: `${charts}; documents: Arial, shown as ${family.split(',')[0]} (same widths) in PDFs made here` };
  }
  return {
    name,
    status: 'warning',
    found: `${charts}; documents: Arial, which PDFs made here would show as ${family || 'an unknown font'} (other widths: lines break in other places)`,
    fix: 'install a font with Arial\'s widths (Debian/Ubuntu: apt-get install fonts-liberation2)',
  };
}

function configCheck(context: DoctorContext): Check {
  return context.configFile
    ? { name: 'config', status: 'ok', found: displayPath(context.cwd, context.configFile) }
    : { name: 'config', status: 'ok', found: `no ${CONFIG_FILE} here or above (optional: the defaults apply)` };
}

function dataCheck(context: DoctorContext): Check {
  const dir = path.resolve(context.cwd, context.data);
  const shown = displayPath(context.cwd, dir);
  const name = 'data folder';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      name,
      status: 'problem',
      found: `${shown} not found`,
      fix: 'run rag-report in the folder that holds data/, give the folder with --data, or start one with `rag-report init`',
    };
  }
  const reports = readdirSync(dir).filter((entry) => !entry.startsWith('.') && existsSync(path.join(dir, entry, REPORT_FILE))).sort();
  if (reports.length === 0) {
    return { name, status: 'problem', found: `${shown} has no report (a folder holding ${REPORT_FILE})`, fix: 'check --data, or start a report as the README of `rag-report init` says' };
  }
  return { name, status: 'ok', found: `${shown}, ${reports.length} report${reports.length === 1 ? '' : 's'}: ${reports.join(', ')}` };
}

/** Writes and removes a probe in the output folder, or in the nearest folder above it that exists (build creates the rest). */
function outputCheck(context: DoctorContext): Check {
  const dir = path.resolve(context.cwd, context.out);
  let existing = dir;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  const shown = displayPath(context.cwd, dir);
  const name = 'output folder';
  try {
    if (!statSync(existing).isDirectory()) throw new Error(`${displayPath(context.cwd, existing)} is a file`);
    rmSync(mkdtempSync(path.join(existing, '.rag-report-doctor-')), { recursive: true, force: true });
  } catch (error) {
    return {
      name,
      status: 'problem',
      found: `${shown} cannot be written: ${(error as Error).message.split('\n')[0]}`,
      fix: 'choose a folder you may write to with --out, or change the folder\'s permissions',
    };
  }
  return { name, status: 'ok', found: existing === dir ? `${shown} can be written` : `${shown} does not exist yet; build will create it` };
}
