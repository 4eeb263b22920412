import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { checkQuarterArgument, displayPath, loadData, type LoadedReport } from '../../load/index.js';
import { planImport, type ImportPlan } from '../../import/index.js';
import { ExitError } from '../../errors.js';
import { formatProblemsAsText, sortProblems } from '../../problems/index.js';
import { writeFilesAtomically } from '../../write/index.js';
import type { Io } from '../io.js';
import { checkReportName } from '../options.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';

export interface ImportCommandOptions {
  /** The Word document. */
  readonly file: string;
  /** The report's folder name; created with its report.yaml when new. */
  readonly report: string;
  /** The quarter the document reports on, e.g. 2023Q2. */
  readonly quarter: string;
  /** Default: from rag-report.yaml, or the data folder found upward, or ./data. */
  readonly data: string;
  readonly quiet?: boolean;
  /** Print what would be written instead of writing it. */
  readonly dryRun?: boolean;
}

/** Imports a published Word report as one quarter of a report: every file is written, or none. */
export function importCommand(options: ImportCommandOptions, io: Io): void {
  checkQuarterArgument(options.quarter);
  const report = checkReportName(options.report)!;
  const bytes = readDocument(options.file, io.cwd);
  const dataDir = path.resolve(io.cwd, options.data);
  const reportDir = path.join(dataDir, report);
  const quarterDir = path.join(reportDir, options.quarter);
  if (existsSync(quarterDir)) {
    throw new UsageError(
      `${displayPath(io.cwd, quarterDir)} already exists`,
      'import never changes a quarter that exists: delete the folder to import it again, or import into another --data folder',
    );
  }
  if (existsSync(reportDir) && !statSync(reportDir).isDirectory()) {
    throw new UsageError(`${displayPath(io.cwd, reportDir)} is a file, not a report folder`, 'move the file away, or import under another --report name');
  }
  const existing = existsSync(reportDir) ? loadReport(dataDir, report, io) : undefined;
  const plan = planImport({ bytes, file: options.file, report, reportDir, quarter: options.quarter, existing });
  const paint = paintFor(io);
  const shown = options.quiet ? plan.problems.filter((problem) => problem.severity === 'error') : plan.problems;
  if (shown.length > 0) {
    io.stderr(formatProblemsAsText(sortProblems(shown), { paint: { error: paint.red.bold, warning: paint.yellow, dim: paint.dim }, verbose: true }));
  }
  const errors = plan.problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0) {
    io.stderr(paint.red(`${errors} error${errors === 1 ? '' : 's'} in ${options.file}: nothing was written.`));
    throw new ExitError(1);
  }
  if (options.dryRun) {
    for (const file of plan.files) io.stdout(`${paint.bold(`--- ${displayPath(io.cwd, file.path)}`)}\n${String(file.content)}`);
    io.stdout(`${describe(plan, options, io)}\nDry run: nothing was written.`);
    return;
  }
  try {
    writeFilesAtomically(plan.files);
  } catch (error) {
    // The write module's hints speak of build's --out; here the folder is --data.
    if (error instanceof UsageError) throw new UsageError(error.message, 'nothing was written: choose a data folder you may write to with --data DIR');
    throw error;
  }
  if (!options.quiet) io.stdout(describe(plan, options, io));
}

function readDocument(file: string, cwd: string): Uint8Array {
  const full = path.resolve(cwd, file);
  if (!existsSync(full)) throw new UsageError(`no file at ${file}`, 'give the path of the Word document (.docx) to import');
  if (statSync(full).isDirectory()) throw new UsageError(`${file} is a folder, not a Word document`, 'give the path of the .docx file itself');
  try {
    return readFileSync(full);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'check that you may read the file');
  }
}

/** The existing report, which must load without errors: the import matches its sections and ids. */
function loadReport(dataDir: string, report: string, io: Io): LoadedReport {
  const data = loadData({ dataDir, cwd: io.cwd, report });
  failOnErrors(data.problems, io);
  return data.reports[0]!;
}

function describe(plan: ImportPlan, options: ImportCommandOptions, io: Io): string {
  const paint = paintFor(io);
  const actions = plan.sections.reduce((sum, section) => sum + section.actions.length, 0);
  const counts = Object.entries(plan.tally.counts).map(([key, count]) => `${count} ${key}`);
  if (plan.tally.notApplicable > 0) counts.push(`${plan.tally.notApplicable} n/a`);
  const dataDir = path.resolve(io.cwd, options.data);
  const data = dataDir === path.resolve(io.cwd, 'data') ? '' : ` --data ${displayPath(io.cwd, dataDir)}`;
  const reportFile = plan.newReport ? displayPath(io.cwd, plan.files[0]!.path) : undefined;
  const quarterFolder = `${displayPath(io.cwd, path.dirname(plan.files[plan.files.length - 1]!.path))}/`;
  const width = Math.max(quarterFolder.length, reportFile?.length ?? 0) + 2;
  const lines = [paint.green(`${options.dryRun ? 'Would import' : 'Imported'} ${options.file} as ${options.report} ${options.quarter}:`)];
  if (reportFile) lines.push(`  ${reportFile.padEnd(width)}a new report: its title, rating scale and ${plan.sections.length} sections`);
  lines.push(
    `  ${quarterFolder.padEnd(width)}${plan.sections.length} section files, ${actions} actions: ${counts.join(', ')}`,
    '',
    'The texts are English only, as in the document. Next:',
  );
  if (plan.newReport) {
    lines.push("  - check report.yaml: its title, organisation, item_noun and each rating's meaning;");
    lines.push('  - it says languages: [en]; make it [en, cy] to publish in Welsh too, then:');
  }
  if (plan.previous && plan.previous.moved > 0) {
    const { moved, quarter } = plan.previous;
    lines.push(`  - ${moved} rating${moved === 1 ? '' : 's'} moved since ${quarter}: give ${moved === 1 ? 'it' : 'each'} a change_reason (validate lists ${moved === 1 ? 'it' : 'them'});`);
  }
  lines.push(
    `  - rag-report validate --report ${options.report} --quarter ${options.quarter}${data}`,
    `  - rag-report translations export --report ${options.report} --quarter ${options.quarter}${data} --out welsh.xlf, for the Welsh.`,
  );
  return lines.join('\n');
}
