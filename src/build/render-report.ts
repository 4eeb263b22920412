import type { Root } from 'mdast';
import type { ParseMarkdown } from '../render/markdown/parse-markdown.js';
import { TemplateFault } from '../render/markdown/template-fault.js';
import type { Summary } from '../figures/index.js';
import { summarise } from '../figures/index.js';
import { LANGUAGES } from '../schema/index.js';
import { loadLocale, say, type Locale } from '../locale/index.js';
import { missesText, type ReportQuarter } from '../model/index.js';
import { problem, type Problem } from '../problems/index.js';
import type { Language } from '../schema/index.js';
import { renderNarrative } from '../render/markdown/narrative.js';
import { plainInLanguage, untranslatedMarker } from '../render/view/texts.js';
import { quarterLabel } from '../render/view/quarter-labels.js';
import { outputName, type Format } from './output-names.js';
import { reportCharts, type ReportChart } from './report-charts.js';
import { svgToPng } from '../render/chart/index.js';
import { readLogo, readTemplateFile, type LogoFile, type TemplateFile } from '../load/index.js';
import path from 'node:path';

/** The tallest a logo stands on the title page of the docx, in twips: 2.5 cm. */
const LOGO_HEIGHT = Math.round((25 / 25.4) * 1440);

export interface RenderRequest {
  readonly current: ReportQuarter;
  readonly previous: ReportQuarter | undefined;
  /** The quarters for the trend chart, oldest first, ending with `current`. */
  readonly history: readonly ReportQuarter[];
  readonly languages: readonly Language[];
  /** pdf is made from the docx by the caller. */
  readonly formats: readonly Format[];
  readonly draft: boolean;
  /** Dates inside the documents: the same input gives the same bytes. */
  readonly timestamp: Date;
  /** Draws a chart's PNG for the docx. Default svgToPng; the build cache passes one that keeps them. */
  readonly drawPng?: (svg: string, widthPx: number) => Promise<Uint8Array>;
  /** Wraps the Markdown parser: the build cache passes one that keeps the trees it parsed. */
  readonly keepParsedMarkdown?: (parse: ParseMarkdown) => ParseMarkdown;
}

export interface RenderedFile {
  readonly name: string;
  readonly content: string | Uint8Array;
  readonly language?: Language;
  readonly format: Format;
}

/** Every document of one report's quarter, in memory: nothing is written here. */
export async function renderReport(request: RenderRequest): Promise<{ summary: Summary; files: RenderedFile[]; problems: Problem[] }> {
  const { current, previous, formats } = request;
  const summary = summarise(current, previous);
  const files: RenderedFile[] = [];
  const problems: Problem[] = [];
  if (formats.includes('json')) {
    files.push({ name: outputName(current.report, current.quarterId, 'json'), content: `${JSON.stringify(summary, null, 2)}\n`, format: 'json' });
  }
  // Charts and Markdown are for the documents: summary.json needs neither.
  const needsDocuments = formats.some((format) => format !== 'json');
  const logo = needsDocuments ? logoOf(current) : undefined;
  if (logo && 'problem' in logo) return { summary, files, problems: [logo.problem] };
  const template = needsDocuments ? templateOf(current) : undefined;
  if (template && 'problem' in template) return { summary, files, problems: [template.problem] };
  if (logo && formats.includes('md')) files.push({ name: logo.file, content: logo.bytes, format: 'md' });
  const needsDocx = makesDocx(formats);
  const drawPng = request.drawPng ?? svgToPng;
  // Every language's charts first, so that their PNGs are drawn on the thread pool while the documents are built.
  const languages = request.languages.map((language) => {
    const locale = loadLocale(language);
    const charts = needsDocuments ? reportCharts(current, previous, request.history, locale, `${current.report}-${current.quarterId}.${language}`) : [];
    // Twice the text width in pixels, so the chart stays sharp when printed.
    const pngs = new Map(needsDocx ? charts.map((chart) => [chart.file, awaitedLater(drawPng(chart.svg, 1284))]) : []);
    return { language, locale, charts, pngs };
  });
  for (const documentLanguage of languages) {
    if (!needsDocuments) continue;
    // A draft is marked as such only in a language that misses some text.
    const languageRequest = { ...request, draft: request.draft && missesText(current, documentLanguage.language) };
    const narrative = narrativeFor(languageRequest, documentLanguage.language, summary);
    if ('problem' in narrative) {
      problems.push(narrative.problem);
      continue;
    }
    const documents = await renderDocuments(languageRequest, summary, documentLanguage, narrative.markdown, logo, template);
    // A fault of the report's own template is the same in every language: said once.
    if ('problem' in documents) problems.push(...(problems.some((known) => sameProblem(known, documents.problem)) ? [] : [documents.problem]));
    else files.push(...documents);
  }
  return { summary, files, problems };
}

interface DocumentLanguage {
  readonly language: Language;
  readonly locale: Locale;
  readonly charts: readonly ReportChart[];
  /** The charts as PNG by file name, being drawn; empty unless a docx is made. */
  readonly pngs: ReadonlyMap<string, Promise<Uint8Array>>;
}

/**
 * The md, html and docx documents of one language that `request.formats` asks for.
 * Each format loads its own renderer, so that a build without it pays nothing for it.
 */
async function renderDocuments(
  request: RenderRequest,
  summary: Summary,
  { language, locale, charts, pngs }: DocumentLanguage,
  narrative: string | undefined,
  logo: ReportLogo | undefined,
  template: TemplateFile | undefined,
): Promise<RenderedFile[] | { problem: Problem }> {
  const { current, previous, formats } = request;
  const files: RenderedFile[] = [];
  // Loaded here, like each writer, so that a json-only build does not load the Markdown parser.
  const { reportTree } = await import('../render/markdown/report-tree.js');
  const { parseMarkdown } = await import('../render/markdown/parse-markdown.js');
  const parse = request.keepParsedMarkdown?.(parseMarkdown) ?? parseMarkdown;
  const made = treeOf(() => reportTree({ current, previous, summary, locale, draft: request.draft, narrative, charts, logo: logo?.file }, { template, parse }), template);
  if ('problem' in made) return made;
  const { tree } = made;
  const title = `${plainInLanguage(current.definition.title, language, locale)} – ${quarterLabel(current.quarter, locale)}`;
  const subject = say(locale, 'document_subject', { title: plainInLanguage(current.definition.title, language, locale), quarter: quarterLabel(current.quarter, locale) });
  const name = (format: Format) => outputName(current.report, current.quarterId, format, language);
  if (formats.includes('md')) {
    const { writeMarkdown } = await import('../render/markdown/write-markdown.js');
    files.push({ name: name('md'), content: writeMarkdown(tree), language, format: 'md' });
    for (const chart of charts) files.push({ name: chart.file, content: chart.svg, language, format: 'md' });
  }
  if (formats.includes('html')) {
    const { renderHtml } = await import('../render/html/render-html.js');
    const svgs = new Map(charts.map((chart) => [chart.file, chart.svg]));
    const dataUrls = new Map(logo ? [[logo.file, `data:image/${logo.type === 'jpg' ? 'jpeg' : 'png'};base64,${Buffer.from(logo.bytes).toString('base64')}`]] : []);
    files.push({
      name: name('html'),
      content: renderHtml(tree, { language: locale.strings.language_tag!, title, description: subject, inlineImages: svgs, dataUrls, contentsHeading: say(locale, 'contents') }),
      language,
      format: 'html',
    });
  }
  if (makesDocx(formats)) {
    const { renderDocx } = await import('../render/docx/index.js');
    const docx = await renderDocx(tree, {
      title,
      subject,
      creator: plainInLanguage(current.definition.organisation, language, locale),
      language: locale.strings.language_tag!,
      pageLabel: locale.strings.page!,
      timestamp: request.timestamp,
      images: (url) => (url === logo?.file ? logo.bytes : (pngs.get(url) ?? failMissingChart(url))),
      imageHeight: (url) => (url === logo?.file ? LOGO_HEIGHT : undefined),
      ratingLabels: ratingLabels(current),
    });
    files.push({ name: name('docx'), content: docx, language, format: 'docx' });
  }
  return files;
}

type ReportLogo = LogoFile & { readonly file: string };

/**
 * report.yaml's logo, read once for every language, and the file name the
 * Markdown refers to it by (written beside the .md). Validation has checked
 * it; should it have changed since, the build stops at report.yaml's logo.
 */
function logoOf(current: ReportQuarter): ReportLogo | { problem: Problem } | undefined {
  const logo = current.definition.logo;
  if (!logo) return undefined;
  const read = readLogo(current.dir, logo);
  if ('reason' in read) {
    const file = path.join(current.dir, 'report.yaml');
    return { problem: problem('bad-logo', { file, line: 0, column: 0 }, { reason: read.reason, hint: read.hint }) };
  }
  return { ...read, file: `${current.report}-${current.quarterId}.logo.${read.type}` };
}

/** report.yaml's own template, read once for every language; should it have changed since validation, the build stops at its line. */
function templateOf(current: ReportQuarter): TemplateFile | { problem: Problem } | undefined {
  const template = current.definition.template;
  if (!template) return undefined;
  const read = readTemplateFile(current.dir, template);
  if (!('reason' in read)) return read;
  return { problem: problem('bad-template', { file: path.join(current.dir, 'report.yaml'), line: 0, column: 0 }, read) };
}

/**
 * The document tree; a report's own template that cannot make it (a field
 * the view lacks, a directive it does not know, broken {{ }}) is a problem
 * at the template's file. The tool's own template failing is the tool's fault.
 */
function treeOf(make: () => Root, template: TemplateFile | undefined): { tree: Root } | { problem: Problem } {
  try {
    return { tree: make() };
  } catch (error) {
    if (!template || !(error instanceof TemplateFault)) throw error;
    const place = { file: template.file, line: error.at?.line ?? 0, column: error.at?.column ?? 0 };
    return { problem: problem('bad-template', place, { reason: error.message, hint: TEMPLATE_HINT }) };
  }
}

function sameProblem(a: Problem, b: Problem): boolean {
  return a.code === b.code && a.file === b.file && a.line === b.line && a.message === b.message;
}

const TEMPLATE_HINT = "compare the template with rag-report's templates/report.md.hbs: use the fields and directives it uses";

/**
 * Every rating word the report has, in English and Welsh, n/a included: the
 * same whichever languages a build asks for, so a document's grid does not
 * depend on which others were built beside it.
 */
function ratingLabels(current: ReportQuarter): string[] {
  const scale = Object.values(current.definition.scale).flatMap((rating) => [rating.label.en, ...(rating.label.cy ? [rating.label.cy] : [])]);
  return [...scale, ...LANGUAGES.map((language) => say(loadLocale(language), 'not_applicable'))];
}

/** pdf is converted from the docx, so asking for either makes a docx. */
function makesDocx(formats: readonly Format[]): boolean {
  return formats.includes('docx') || formats.includes('pdf');
}

/** A promise awaited only later, perhaps never (a language that fails): its rejection is not an unhandled one. */
function awaitedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function failMissingChart(url: string): never {
  throw new Error(`the report refers to an image it did not draw: ${url}`);
}

/** The hand-written summary in `language`; in a draft, a missing Welsh one is stood in for by the English. */
function narrativeFor(request: RenderRequest, language: Language, summary: Summary): { markdown: string | undefined } | { problem: Problem } {
  const { narratives } = request.current;
  const own = narratives[language];
  if (own) return renderNarrative(own, summary);
  const english = narratives.en;
  if (!english) return { markdown: undefined };
  if (!request.draft) {
    const file = english.path.replace(/summary\.en\.md$/, `summary.${language}.md`);
    return { problem: { ...problem('missing-welsh-summary', { file, line: 0, column: 0 }, { english: english.path }), severity: 'error' } };
  }
  const rendered = renderNarrative(english, summary);
  return 'problem' in rendered ? rendered : { markdown: `${untranslatedMarker(loadLocale(language))} ${rendered.markdown}` };
}
