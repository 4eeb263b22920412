import path from 'node:path';
import { UsageError } from '../../errors.js';
import { checkQuarterArgument, displayPath, loadData } from '../../load/index.js';
import { collectUnits, formatCsv, formatXliff, type ExportUnit } from '../../translate/index.js';
import { writeFilesAtomically } from '../../write/index.js';
import type { Io } from '../io.js';
import { checkChoice, checkReportName } from '../options.js';
import { VERSION } from '../version.js';
import { failOnErrors } from './fail-on-errors.js';

const FORMATS = ['xliff', 'csv'] as const;
const EXTENSIONS: Record<(typeof FORMATS)[number], readonly string[]> = { xliff: ['.xlf', '.xliff', '.xml'], csv: ['.csv'] };

export interface TranslationsExportOptions {
  readonly quarter: string;
  /** Default ./data */
  readonly data: string;
  /** Default: every report that has the quarter. */
  readonly report?: string;
  /** xliff or csv. Default xliff */
  readonly format: string;
  /** The file to write; replaced when it exists, since it is generated. Default: print to stdout. */
  readonly out?: string;
  readonly quiet?: boolean;
}

/** Writes every text of the quarter whose Welsh is missing or stale, for a translator. */
export function translationsExportCommand(options: TranslationsExportOptions, io: Io): void {
  const format = checkChoice('--format', options.format, FORMATS);
  checkQuarterArgument(options.quarter);
  const out = options.out === undefined ? undefined : path.resolve(io.cwd, options.out);
  if (out) checkOut(out, format);
  const data = loadData({ dataDir: options.data, cwd: io.cwd, report: checkReportName(options.report), quarter: options.quarter });
  if (data.reports.every((report) => !report.quarters.some((quarter) => quarter.id === options.quarter))) {
    throw new UsageError(`no report has data for ${options.quarter}`, 'check the quarter, or create it with `rag-report new-quarter`');
  }
  if (out && isWithin(data.dataDir, out)) {
    throw new UsageError(`--out ${options.out} is inside the data folder`, `write the export elsewhere, e.g. --out welsh-${options.quarter}${EXTENSIONS[format][0]}`);
  }
  const { units, problems } = collectUnits(data, options.quarter);
  failOnErrors(problems, io, options);
  const content = format === 'xliff' ? formatXliff(units, { quarter: options.quarter, toolVersion: VERSION }) : formatCsv(units);
  if (out) {
    writeFilesAtomically([{ path: out, content }]);
    if (!options.quiet) io.stdout(`wrote ${displayPath(io.cwd, out)}: ${summary(units)}`);
  } else {
    io.stdout(content);
    if (!options.quiet) io.stderr(summary(units));
  }
}

function checkOut(out: string, format: (typeof FORMATS)[number]): void {
  const extension = path.extname(out).toLowerCase();
  const other = FORMATS.find((candidate) => candidate !== format && EXTENSIONS[candidate].includes(extension));
  if (other) throw new UsageError(`--out ${path.basename(out)} looks like ${other}, but --format is ${format}`, `add --format ${other}, or name the file ${path.basename(out, extension)}${EXTENSIONS[format][0]}`);
}

function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function summary(units: readonly ExportUnit[]): string {
  const stale = units.filter((unit) => unit.status === 'stale').length;
  if (units.length === 0) return 'no text needs Welsh: every text has a current translation';
  return `${units.length} text${units.length === 1 ? '' : 's'} need${units.length === 1 ? 's' : ''} Welsh (${units.length - stale} missing, ${stale} out of date)`;
}
