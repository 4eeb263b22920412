import type { Format } from '../build/output-names.js';
import type { RenderedFile, RenderRequest } from '../build/render-report.js';
import type { CheckedFileStore } from '../load/checked-file-store.js';
import type { Problem } from '../problems/index.js';
import type { Language } from '../schema/index.js';
import { buildInputs, type BuildInputs } from './build-inputs.js';
import { cacheDir } from './cache-dir.js';
import { checkedFileStore } from './checked-file-store.js';
import { openCacheStore } from './cache-store.js';
import { keptMarkdownTrees } from './kept-markdown-trees.js';
import { cachedSvgToPng } from './cached-svg-to-png.js';
import { contentKey } from './content-key.js';
import { decodeRenderedFiles, encodeRenderedFiles } from './rendered-files-codec.js';
import { templatesKey } from './templates-key.js';
import { toolIdentity } from './tool-identity.js';

export interface BuildCacheRequest {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The data folder, absolute. */
  readonly dataDir: string;
  readonly report?: string;
  readonly quarter: string;
  readonly trendQuarters: number;
  /** The languages checked: those asked for, or undefined for each report's own (known only once its report.yaml is read). */
  readonly languages: readonly Language[] | undefined;
  readonly formats: readonly Format[];
  readonly draft: boolean;
  /** The date written into the documents. */
  readonly timestamp: Date;
}

/** What a build made before from the same inputs, and the means to keep what it makes now. */
export interface BuildCache {
  /** The reports that have the quarter, as the build will find them. */
  readonly reports: readonly string[];
  /** Each data file's checked result, for the loader. */
  readonly files: CheckedFileStore;
  /** The validation problems of these inputs, and the languages each report was built in, when a build has found them before. */
  problems(): CheckedBuild | undefined;
  keepProblems(checked: CheckedBuild): void;
  /** Every file of `report` in `languages` when all were made before; undefined if any is missing. */
  renderedFiles(report: string, languages: readonly Language[]): RenderedFile[] | undefined;
  /** renderReport for what the cache lacks: the rest comes from it, the new is kept. */
  render(report: string, request: RenderRequest, renderReport: RenderReport): Promise<{ files: RenderedFile[]; problems: Problem[] }>;
}

/** What validating a build's inputs found: its problems, and each report's languages (from its report.yaml and those asked for). */
export interface CheckedBuild {
  readonly problems: readonly Problem[];
  readonly languages: Readonly<Record<string, readonly Language[]>>;
}

type RenderReport = (request: RenderRequest) => Promise<{ files: RenderedFile[]; problems: Problem[] }>;

/**
 * One piece of a report's output: summary.json, or one language's md (with its
 * chart SVGs), html or docx. Each is kept on its own, so a build of other
 * formats or languages reuses those it shares with an earlier one.
 */
interface Piece {
  readonly format: Exclude<Format, 'pdf'>;
  readonly language?: Language;
}

/** Undefined when there is nowhere to keep a cache, or the data folder cannot be listed. */
export function openBuildCache(request: BuildCacheRequest): BuildCache | undefined {
  const dir = cacheDir(request.cwd, request.env);
  const inputs = dir === undefined ? undefined : buildInputs(request);
  if (dir === undefined || inputs === undefined) return undefined;
  const store = openCacheStore(dir);
  const settings = [toolIdentity(), templatesKey(), request.timestamp.toISOString(), String(request.draft)];
  const problemsKey = contentKey([...settings, 'problems', request.cwd, request.quarter, request.languages?.join(',') ?? 'each report', inputs.key]);
  const pieceKey = (report: string, piece: Piece, languages: readonly Language[]) =>
    contentKey([...settings, 'piece', pieceId(piece), reportKey(inputs, report), ...jsonLanguages(piece, languages)]);
  const readPiece = (report: string, piece: Piece, languages: readonly Language[]) => {
    const payload = store.read('pieces', pieceKey(report, piece, languages));
    try {
      return payload && decodeRenderedFiles(payload);
    } catch {
      return undefined;
    }
  };
  return {
    reports: inputs.reports.map((report) => report.name),
    files: checkedFileStore(store),
    problems() {
      const payload = store.read('problems', problemsKey);
      try {
        return payload && (JSON.parse(Buffer.from(payload).toString('utf8')) as CheckedBuild);
      } catch {
        return undefined;
      }
    },
    keepProblems(checked) {
      store.write('problems', problemsKey, Buffer.from(JSON.stringify(checked)));
    },
    renderedFiles(report, languages) {
      const found = piecesOf(languages, request.formats).map((piece) => readPiece(report, piece, languages));
      return found.every((files) => files !== undefined) ? found.flat() : undefined;
    },
    async render(report, request, renderReport) {
      const pieces = piecesOf(request.languages, request.formats);
      const found = pieces.map((piece) => readPiece(report, piece, request.languages));
      const missing = pieces.filter((_, index) => !found[index]);
      if (missing.length === 0) return { files: found.flat() as RenderedFile[], problems: [] };
      // A large report's trees would make an entry of tens of megabytes, for an edit that is rare there.
      const actions = request.current.sections.reduce((sum, section) => sum + section.actions.length, 0);
      const trees = actions <= MAX_ACTIONS_KEPT ? keptMarkdownTrees(store, settings[0]!, `${request.current.dir}\0${request.languages.join(',')}`) : undefined;
      const rendered = await renderReport({
        ...request,
        // summary.json is checked against every language's summary, as the uncached build does.
        languages: missing.some((piece) => piece.format === 'json') ? request.languages : unique(missing.map((piece) => piece.language!)),
        formats: unique(missing.map((piece) => piece.format)),
        drawPng: cachedSvgToPng(store, settings[0]!),
        keepParsedMarkdown: trees?.wrap,
      });
      trees?.save();
      if (rendered.problems.length > 0) return rendered;
      const made = new Map(missing.map((piece) => [pieceId(piece), [] as RenderedFile[]]));
      for (const file of rendered.files) made.get(pieceId(file))?.push(file);
      for (const piece of missing) store.write('pieces', pieceKey(report, piece, request.languages), encodeRenderedFiles(made.get(pieceId(piece))!));
      return { files: pieces.flatMap((piece, index) => found[index] ?? made.get(pieceId(piece))!), problems: [] };
    },
  };
}

/** The most actions a report may have for its parsed trees to be kept (about 3 MB of them). */
const MAX_ACTIONS_KEPT = 1000;

/** In the order renderReport gives them: summary.json, then each language's md, html and docx. */
function piecesOf(languages: readonly Language[], formats: readonly Format[]): Piece[] {
  const pieces: Piece[] = formats.includes('json') ? [{ format: 'json' }] : [];
  for (const language of languages) {
    if (formats.includes('md')) pieces.push({ format: 'md', language });
    if (formats.includes('html')) pieces.push({ format: 'html', language });
    // pdf is converted from the docx by the build, so asking for either makes the docx.
    if (formats.includes('docx') || formats.includes('pdf')) pieces.push({ format: 'docx', language });
  }
  return pieces;
}

function pieceId({ format, language }: { readonly format: Format; readonly language?: Language }): string {
  return format === 'json' ? 'json' : `${format}.${language}`;
}

/** summary.json is made only when every language's summary is valid, so which languages were asked for is part of its key. */
function jsonLanguages(piece: Piece, languages: readonly Language[]): string[] {
  return piece.format === 'json' ? [languages.join(',')] : [];
}

function reportKey(inputs: BuildInputs, report: string): string {
  const found = inputs.reports.find((entry) => entry.name === report);
  if (!found) throw new Error(`the build cache has no inputs for the report ${report}`);
  return found.key;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
