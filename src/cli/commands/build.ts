import { realpathSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_FORMATS, FORMATS, outputFolder, type Format } from '../../build/output-names.js';
import type { RenderedFile } from '../../build/render-report.js';
import { documentTimestamp } from '../../build/timestamp.js';
import { openBuildCache, type BuildCache } from '../../cache/index.js';
import { UsageError } from '../../errors.js';
import { displayPath } from '../../load/data-paths.js';
import { checkQuarterArgument } from '../../load/quarter-argument.js';
import { parseQuarter } from '../../quarter/index.js';
import { MAX_TREND_QUARTERS } from '../../render/chart/trend-chart-svg.js';
import { findOffice, requireOffice, type OfficeProgram } from '../../render/pdf/find-office.js';
import { LANGUAGES, type Language } from '../../schema/languages.js';
import { writeFilesAtomically, type OutputFile } from '../../write/index.js';
import type { Io } from '../io.js';
import { checkReportName, parseList } from '../options.js';
import { paintFor } from '../paint.js';
import { reportBuildProblems } from './build-problems.js';
import type { BuiltReport } from './fresh-build.js';

// This module loads only what a build needs when nothing has changed since the last one (a
// fraction of a second); the loader, the checks and the renderers are loaded by fresh-build.js.

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
  /** False with --no-cache: nothing is read from or written to the build cache. Default true. */
  readonly cache?: boolean;
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
  const languages = formats.every((format) => format === 'json') ? (['en'] as const) : requested;
  const timestamp = documentTimestamp(parseQuarter(options.quarter)!, io.env);
  const cache = options.cache === false ? undefined : openBuildCache({
    cwd: io.cwd,
    env: io.env,
    dataDir: path.resolve(io.cwd, options.data),
    report: checkReportName(options.report),
    quarter: options.quarter,
    trendQuarters: MAX_TREND_QUARTERS,
    languages,
    formats,
    draft: Boolean(options.draft),
    timestamp,
  });

  const progress = showsProgress(options, io) ? io.stderr : () => {};
  const files: OutputFile[] = [];
  const unchanged = cache && unchangedBuild(cache, options, io);
  const built =
    unchanged ??
    (await (await import('./fresh-build.js')).freshBuild(
      { ...options, languages, formats, draft: Boolean(options.draft), quiet: Boolean(options.quiet), verbose: Boolean(options.verbose), timestamp, cache, progress },
      io,
    ));
  for (const { name, rendered } of built) {
    const folder = outputFolder(outDir, name, options.quarter);
    for (const file of await withPdf(rendered, formats, office, options.quiet ? undefined : io.stderr)) files.push({ path: path.join(folder, file.name), content: file.content });
  }
  const written = writeFilesAtomically(files);
  if (options.quiet) return;
  const paint = paintFor(io);
  if (showsProgress(options, io)) {
    for (const [index, file] of written.entries()) io.stderr(`  ${displayPath(io.cwd, file)}  ${paint.dim(size(files[index]!.content))}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const note = unchanged ? ', unchanged since the last build' : '';
  io.stderr(paint.green(`built ${built.length} report${built.length === 1 ? '' : 's'} for ${options.quarter}: ${written.length} files in ${displayPath(io.cwd, outDir)} (${seconds} s${note})`));
}

/**
 * When nothing the build reads has changed since a build that made every file
 * asked for: its problems and files, from the cache, with no YAML parsed. Each
 * report's languages come from the same entry as the problems (they depend on
 * its report.yaml, whose bytes are part of that entry's key).
 */
function unchangedBuild(cache: BuildCache, options: BuildOptions, io: Io): BuiltReport[] | undefined {
  const checked = cache.problems();
  if (!checked || cache.reports.length === 0) return undefined;
  const reports = cache.reports.map((name) => {
    const languages = checked.languages[name];
    return { name, rendered: languages && cache.renderedFiles(name, languages) };
  });
  if (reports.some((report) => !report.rendered)) return undefined;
  reportBuildProblems(checked.problems, { draft: Boolean(options.draft), quiet: Boolean(options.quiet), verbose: Boolean(options.verbose) }, io);
  return reports as BuiltReport[];
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
    const { docxToPdf } = await import('../../render/pdf/docx-to-pdf.js');
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
