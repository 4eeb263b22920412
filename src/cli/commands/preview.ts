import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { checkQuarterArgument, displayPath } from '../../load/index.js';
import { listReports } from '../../preview/list-reports.js';
import { interrupted } from '../../preview/interrupted.js';
import { openBrowser } from '../../preview/open-browser.js';
import { startPreview } from '../../preview/start-preview.js';
import type { Io } from '../io.js';
import { checkReportName, parseList } from '../options.js';
import { findSettings } from '../../config/index.js';
import { LANGUAGES, type Language } from '../../schema/index.js';
import { paintFor } from '../paint.js';

export interface PreviewCommandOptions {
  /** The data folder; main fills it in from rag-report.yaml or the folder found upward. */
  readonly data: string;
  /** "en" or "en,cy". Default: each report's languages. */
  readonly lang?: string;
  readonly report?: string;
  readonly quarter?: string;
  /** Default 4321 */
  readonly port: string;
  /** Default 127.0.0.1 */
  readonly host: string;
  readonly open?: boolean;
  /** LibreOffice's soffice program, for the PDF download. */
  readonly office?: string;
  /** rag-report.yaml's `office`, resolved against its folder; main fills it in. */
  readonly officeFromConfig?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Serves the reports as live pages until Ctrl-C. */
export async function previewCommand(options: PreviewCommandOptions, io: Io): Promise<void> {
  const dataDir = path.resolve(io.cwd, options.data);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(`no data folder at ${displayPath(io.cwd, dataDir)}`, 'run the command from your report repository, or pass --data DIR');
  }
  const report = checkReportName(options.report);
  if (options.quarter !== undefined) checkQuarterArgument(options.quarter);
  checkScope(dataDir, report, options.quarter);
  const languages = options.lang === undefined ? undefined : parseList<Language>('--lang', options.lang, LANGUAGES);
  const paint = paintFor(io);
  const preview = await startPreview({
    dataDir,
    cwd: io.cwd,
    env: io.env,
    languages,
    configFile: findSettings(io.cwd).configFile,
    office: { option: options.office, config: options.officeFromConfig },
    host: options.host,
    port: parsePort(options.port),
    report,
    quarter: options.quarter,
    log: (line) => io.stdout(line),
    paint: { error: paint.red.bold, warning: paint.yellow, dim: paint.dim },
  });
  io.stdout(`${paint.green('previewing')} ${displayPath(io.cwd, dataDir)} at ${paint.bold(preview.url)}  ${paint.dim('(Ctrl-C to stop)')}`);
  if (!LOOPBACK.has(options.host)) io.stdout(paint.yellow(`--host ${options.host}: anyone who can reach this address can read the reports`));
  if (options.open) openBrowser(preview.url);
  await interrupted();
  await preview.close();
  io.stdout('preview stopped');
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port "${value}" is not a port`, 'give a number from 1 to 65535, e.g. --port 4321 (0 lets the system choose)');
  return port;
}

function checkScope(dataDir: string, report: string | undefined, quarter: string | undefined): void {
  const entries = listReports(dataDir);
  const names = entries.map((entry) => entry.report);
  if (report !== undefined && !names.includes(report)) throw new UsageError(`no report "${report}" in ${dataDir}`, `the reports are: ${names.join(', ')}`);
  const scoped = entries.filter((entry) => report === undefined || entry.report === report);
  if (quarter !== undefined && !scoped.some((entry) => entry.quarters.includes(quarter))) {
    throw new UsageError(`no report has data for ${quarter}`, 'check the quarter, or create it with `rag-report new-quarter`');
  }
}
