import { doctorChecks, type Check } from '../../doctor/index.js';
import { ExitError } from '../../errors.js';
import type { Io } from '../io.js';
import { paintFor } from '../paint.js';

export interface DoctorOptions {
  /** The data folder; main fills it in from rag-report.yaml or the folder found upward. */
  readonly data: string;
  /** The output folder; main fills it in. */
  readonly out: string;
  readonly office?: string;
  /** rag-report.yaml's `office`; main fills it in. */
  readonly officeFromConfig?: string;
  /** rag-report.yaml, when one was found; main fills it in. */
  readonly configFile?: string;
}

/** Checks what rag-report needs on this computer, one line each, with what to do when something is missing. Exit 1 when a command would fail. */
export async function doctorCommand(options: DoctorOptions, io: Io): Promise<void> {
  const checks = await doctorChecks({
    cwd: io.cwd,
    env: io.env,
    data: options.data,
    out: options.out,
    office: options.office,
    officeFromConfig: options.officeFromConfig,
    configFile: options.configFile,
  });
  const paint = paintFor(io);
  const mark: Record<Check['status'], string> = { ok: paint.green('ok     '), warning: paint.yellow('warning'), problem: paint.red('problem') };
  const width = Math.max(...checks.map((check) => check.name.length)) + 2;
  for (const check of checks) {
    io.stdout(`${mark[check.status]}  ${check.name.padEnd(width)}${check.found}`);
    if (check.fix) io.stdout(`         ${' '.repeat(width)}${paint.dim(`fix: ${check.fix}`)}`);
  }
  const problems = checks.filter((check) => check.status === 'problem').length;
  const warnings = checks.filter((check) => check.status === 'warning').length;
  if (problems > 0) {
    io.stdout(paint.red(`\n${problems} problem${problems === 1 ? '' : 's'}: rag-report will not work here until ${problems === 1 ? 'it is' : 'they are'} fixed`));
    throw new ExitError(1);
  }
  io.stdout(warnings > 0 ? paint.yellow(`\nready, with ${warnings} warning${warnings === 1 ? '' : 's'}`) : paint.green('\nready'));
}
