import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';

/** The environment variable that names LibreOffice's program when it is not found by itself. */
export const OFFICE_ENV = 'RAG_REPORT_OFFICE';

/** Where LibreOffice's program was found, and what said so. */
export interface OfficeProgram {
  /** A path, or a bare command name to look up on PATH. */
  readonly command: string;
  readonly from: 'option' | 'environment' | 'config' | 'path' | 'install-folder';
}

export interface FindOfficeOptions {
  /** `--office`: wins over everything else. */
  readonly option?: string | undefined;
  /** The config file's `office` key, already resolved against the config file's folder. */
  readonly config?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Default process.platform; tests pass another. */
  readonly platform?: NodeJS.Platform;
}

/**
 * Finds LibreOffice's soffice: `--office`, then RAG_REPORT_OFFICE, then the
 * config file's `office`, then PATH, then the folders its installers use on
 * Windows and macOS (neither puts it on PATH). A path given by the user must
 * exist: a typo is reported, not skipped in favour of another copy.
 */
export function findOffice(options: FindOfficeOptions): OfficeProgram | undefined {
  const given: [string | undefined, OfficeProgram['from']][] = [
    [options.option, 'option'],
    [options.env[OFFICE_ENV], 'environment'],
    [options.config, 'config'],
  ];
  for (const [command, from] of given) if (command) return { command, from };
  const platform = options.platform ?? process.platform;
  for (const name of programNames(platform)) {
    const found = onPath(name, options.env, platform);
    if (found) return { command: found, from: 'path' };
  }
  const installed = officeInstallPaths(options.env, platform).find(isFile);
  return installed ? { command: installed, from: 'install-folder' } : undefined;
}

/** What a user should do when LibreOffice is not found. */
export const INSTALL_OFFICE_HINT =
  `install LibreOffice (https://www.libreoffice.org/download/; Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: brew install --cask libreoffice), ` +
  `or give the path of its soffice program with --office or the ${OFFICE_ENV} environment variable`;

function programNames(platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
}

/** The places LibreOffice's own installers put soffice, most likely first. */
export function officeInstallPaths(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return ['/Applications/LibreOffice.app/Contents/MacOS/soffice', path.join(env.HOME ?? '', 'Applications/LibreOffice.app/Contents/MacOS/soffice')];
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432, 'C:\\Program Files', 'C:\\Program Files (x86)'];
    return [...new Set(roots.filter((root): root is string => Boolean(root)))].map((root) => path.win32.join(root, 'LibreOffice', 'program', 'soffice.exe'));
  }
  return ['/opt/libreoffice/program/soffice', '/usr/lib/libreoffice/program/soffice', '/snap/bin/libreoffice'];
}

function onPath(name: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string | undefined {
  const separator = platform === 'win32' ? ';' : ':';
  const folders = (env.PATH ?? env.Path ?? '').split(separator).filter(Boolean);
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  return folders.map((folder) => join(folder, name)).find(isFile);
}

function isFile(file: string): boolean {
  try {
    return existsSync(file) && statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The office program, checked before hours of work depend on it: missing, or a
 * path given by the user that does not exist, is a usage error naming it.
 */
export function requireOffice(office: OfficeProgram | undefined): OfficeProgram {
  if (!office) throw new UsageError('PDF needs LibreOffice, which was not found', `${INSTALL_OFFICE_HINT}; or leave pdf out of --format`);
  if (/[\\/]/.test(office.command) && !isFile(office.command)) {
    const source = { option: '--office', environment: OFFICE_ENV, config: "the config file's office" }[office.from as 'option'] ?? office.from;
    throw new UsageError(`LibreOffice's program ${office.command} (from ${source}) does not exist`, INSTALL_OFFICE_HINT);
  }
  return office;
}
