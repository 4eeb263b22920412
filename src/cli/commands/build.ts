import { realpathSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { documentTimestamp } from '../../build/timestamp.js';
import { DEFAULT_FORMATS, FORMATS, outputFolder, type Format } from '../../build/output-names.js';
import { renderReport, type RenderedFile } from '../../build/render-report.js';
import { UsageError } from '../../errors.js';
import { checkQuarterArgument, displayPath, loadData } from '../../load/index.js';
import { previousReportQuarter, quarterHistory, reportQuarter, type ReportQuarter } from '../../model/index.js';
import { PROBLEMS, sortProblems, type Problem } from '../../problems/index.js';
import { MAX_TREND_QUARTERS } from '../../render/chart/index.js';
import { docxToPdf } from '../../render/pdf/docx-to-pdf.js';
import { findOffice, requireOffice, type OfficeProgram } from '../../render/pdf/find-office.js';
import { LANGUAGES, type Language } from '../../schema/index.js';
import { languagesOf, validateData } from '../../validate/index.js';
import { writeFilesAtomically, type OutputFile } from '../../write/index.js';
import type { Io } from '../io.js';
import { checkReportName, parseList } from '../options.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';
import { printProblems } from './validate.js';

export interface BuildOptions {
  readonly quarter: string;
  /** The data folder; main fills it in from rag-report.yaml or the folder found upward. */
  readonly data: string;
  readonly report?: string;
  /** "en", "cy" or "en,cy". Default: each report's languages. */
  readonly lang?: string;
  /** Default "docx,html,md,json" */
  readonly format?: string;
  /** The output folder; main fills it in (dist beside the data folder). */
  readonly out: string;
  readonly draft?: boolean;
  /** Print errors only. Default false. */
  readonly quiet?: boolean;
  /** Every problem on its own line. Default false. */
  readonly verbose?: boolean;
  /** LibreOffice's soffice program, for pdf. Default: RAG_REPORT_OFFICE, rag-report.yaml's office, PATH, the usual install folders. */
  readonly office?: string;
  /** rag-report.yaml's `office`, resolved against its folder; main fills it in. */
  readonly officeFromConfig?: string;
}

export async function buildCommand(options: BuildOptions, io: Io): Promise<void> {
  const started = performance.now();
  checkQuarterArgument(options.quarter);
  const requested = options.lang === undefined ? undefined : parseList<Language>('--lang', options.lang, LANGUAGES);
  const formats = parseList<Format>('--format', options.format ?? DEFAULT_FORMATS.join(','), FORMATS);
  const outDir = path.resolve(io.cwd, options.out);
  refuseOutInsideData(outDir, path.resolve(io.cwd, options.data), displayPath(io.cwd, outDir));
  // Found before anything is rendered, so that a wrong path fails at once.
  const office = formats.includes('pdf')
    ? requireOffice(findOffice({ option: options.office, config: options.officeFromConfig, env: io.env }))
    : undefined;
  // summary.json has no language: a json-only build checks the English alone.
  const checked = formats.every((format) => format === 'json') ? (['en'] as const) : requested;
  const reports = validReports(options, checked, io);

  const progress = showsProgress(options, io) ? io.stderr : () => {};
  const files: OutputFile[] = [];
  for (const { name, current, previous, history, languages } of reports) {
    progress(`building ${name} ${options.quarter} (${languages.join(', ')})…`);
    const rendered = await renderReport({
      current,
      previous,
      history,
      languages,
      formats,
      draft: Boolean(options.draft),
      timestamp: documentTimestamp(current.quarter, io.env),
    });
    // validate has filled in every summary already: a problem here is a fault of the tool.
    failOnErrors(rendered.problems, io);
    const folder = outputFolder(outDir, name, options.quarter);
    for (const file of await withPdf(rendered.files, formats, office, options.quiet ? undefined : io.stderr)) files.push({ path: path.join(folder, file.name), content: file.content });
  }
  const written = writeFilesAtomically(files);
  if (options.quiet) return;
  const paint = paintFor(io);
  if (showsProgress(options, io)) {
    for (const [index, file] of written.entries()) io.stderr(`  ${displayPath(io.cwd, file)}  ${paint.dim(size(files[index]!.content))}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.stderr(paint.green(`built ${reports.length} report${reports.length === 1 ? '' : 's'} for ${options.quarter}: ${written.length} files in ${displayPath(io.cwd, outDir)} (${seconds} s)`));
}

interface ReportToBuild {
  readonly name: string;
  readonly current: ReportQuarter;
  readonly previous: ReportQuarter | undefined;
  readonly history: readonly ReportQuarter[];
  /** The languages to build it in: those asked for that it is published in. */
  readonly languages: readonly Language[];
}

/**
 * The quarter of each report that has it, once the data has validated (the
 * problems are printed; errors stop the build). Only the quarters leave this
 * function: the parsed YAML, kept to point at problems, can then be freed
 * before the documents are built (half the memory of a large build).
 */
function validReports(options: BuildOptions, languages: readonly Language[] | undefined, io: Io): ReportToBuild[] {
  // The quarter, the one before, and as many before as the trend chart shows.
  const data = loadData({
    dataDir: options.data,
    cwd: io.cwd,
    report: checkReportName(options.report),
    quarter: options.quarter,
    trendQuarters: MAX_TREND_QUARTERS,
  });
  const reports = data.reports.filter((report) => report.quarters.some((quarter) => quarter.id === options.quarter));
  if (reports.length === 0) {
    throw new UsageError(`no report has data for ${options.quarter}`, 'check the quarter, or create it with `rag-report new-quarter`');
  }
  const problems = buildProblems(validateData(data, { quarter: options.quarter, languages }), Boolean(options.draft));
  failOnErrors(problems, io, options);
  if (!options.quiet) printProblems(problems, 'text', { ...io, stdout: io.stderr }, options);
  return reports.map((report) => {
    const current = reportQuarter(report, options.quarter)!;
    return {
      name: report.name,
      current,
      previous: previousReportQuarter(report, current),
      history: quarterHistory(report, options.quarter),
      languages: languagesOf(report, languages),
    };
  });
}

/**
 * Missing Welsh is a warning, until a Welsh document is built without
 * --draft: validate found it only in reports whose Welsh is being built.
 */
function buildProblems(problems: readonly Problem[], draft: boolean): Problem[] {
  if (draft) return [...problems];
  return sortProblems(
    problems.map((problem) =>
      PROBLEMS[problem.code].welsh
        ? { ...problem, severity: 'error', hint: `${problem.hint ?? ''}; or build the English alone with --lang en, or a Welsh draft with --draft` }
        : problem,
    ),
  );
}

/** PDFs are converted from the docx; the docx is kept only when it was asked for. */
async function withPdf(
  files: readonly RenderedFile[],
  formats: readonly Format[],
  office: OfficeProgram | undefined,
  // A conversion takes seconds: said on a terminal and in a CI log alike.
  progress: ((line: string) => void) | undefined,
): Promise<RenderedFile[]> {
  if (!office) return [...files];
  const result: RenderedFile[] = [];
  for (const file of files) {
    if (file.format !== 'docx') {
      result.push(file);
      continue;
    }
    if (formats.includes('docx')) result.push(file);
    const pdf = await docxToPdf(file.content as Uint8Array, file.name, { office, progress });
    result.push({ ...file, name: file.name.replace(/\.docx$/, '.pdf'), content: pdf, format: 'pdf' });
  }
  return result;
}

/** Built documents in the data folder would be read as data, or overwrite it: refused, as translations export does. */
function refuseOutInsideData(outDir: string, dataDir: string, shown: string): void {
  // Through links too: --out pointing at a link into the data folder is inside it.
  const relative = path.relative(realPath(dataDir), realPath(outDir));
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new UsageError(`--out ${shown} is inside the data folder`, 'write the documents elsewhere, e.g. --out dist');
  }
}

/** The path with links resolved, as far as it exists; the rest (folders not yet made) appended as given. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(realPath(parent), path.basename(file));
  }
}

function showsProgress(options: BuildOptions, io: Io): boolean {
  return !options.quiet && io.isTTY && !io.env.CI;
}

function size(content: string | Uint8Array): string {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}

