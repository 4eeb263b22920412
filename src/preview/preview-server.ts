import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { outputName } from '../build/output-names.js';
import { formatProblemsAsText } from '../problems/index.js';
import { UsageError } from '../errors.js';
import { LANGUAGES, type Language } from '../schema/index.js';
import type { EventStream } from './event-stream.js';
import { hasQuarter, listReports } from './list-reports.js';
import { indexPage } from './pages/index-page.js';
import { viewerPage, type View } from './pages/viewer-page.js';
import type { PageState, PreviewPages } from './preview-pages.js';
import { renderDownload, type OfficeSetting } from './render-download.js';
import { requestRoute } from './request-path.js';
import { stateOf } from './page-state.js';

export interface PreviewServerContext {
  /** The address served on: on a loopback address, requests must name this machine (see `allowedHost`). */
  readonly host: string;
  readonly dataDir: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where LibreOffice was named, for the PDF download: --office, rag-report.yaml's office. */
  readonly office: OfficeSetting;
  readonly pages: PreviewPages;
  readonly events: EventStream;
  /** Told each time a document is served, so that the next language can wait for it (see startPreview). */
  readonly onServed?: (key: { report: string; quarter: string }, language: Language) => void;
}

// The reports' own pages run no script: raw HTML in the data is shown as text, and this says so to the browser too.
const DOCUMENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
const TYPES = { html: 'text/html; charset=utf-8', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' };

/**
 * The preview's web server. It serves only what it rendered, from memory: the
 * index, a viewer per report's quarter, the documents, and the event stream.
 * Every other path, a traversal or a file of the data folder among them, is a 404.
 */
export function createPreviewServer(context: PreviewServerContext): Server {
  return createServer((request, response) => {
    respond(context, request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', `rag-report failed: ${(error as Error)?.message ?? String(error)}\n`);
      else response.end();
    });
  });
}

async function respond(context: PreviewServerContext, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'the preview only serves GET\n');
  if (!allowedHost(context.host, request.headers.host)) return send(response, 403, 'text/plain; charset=utf-8', 'the preview answers only to localhost\n');
  const route = requestRoute(request.url ?? '/');
  if (!route) return notFound(response);
  if (route.kind === 'index') return send(response, 200, TYPES.html, indexPage(listReports(context.dataDir), context.dataDir));
  if (!hasQuarter(context.dataDir, route.report, route.quarter)) return notFound(response);
  const key = { report: route.report, quarter: route.quarter };
  if (route.kind === 'events') {
    context.events.add(response, key, route.languages);
    context.events.send(key, stateOf(await context.pages.page(key, shownLanguages(route.languages))), response);
    return;
  }
  if (route.kind === 'viewer') {
    const view = (route.view && [...LANGUAGES, 'both'].includes(route.view) ? route.view : 'en') as View;
    return send(response, 200, TYPES.html, viewerPage(await context.pages.page(key, view === 'both' ? LANGUAGES : [view]), view));
  }
  // Only the languages the report is published in: the others were never rendered.
  const { languages } = await context.pages.page(key);
  for (const language of languages) {
    if (route.name === outputName(route.report, route.quarter, 'html', language)) {
      sendDocument(response, await context.pages.page(key, [language]), language);
      return context.onServed?.(key, language);
    }
    for (const format of ['docx', 'pdf'] as const) {
      if (route.name === outputName(route.report, route.quarter, format, language)) return sendDownload(context, response, key, language, format);
    }
  }
  return notFound(response);
}

function sendDocument(response: ServerResponse, page: PageState, language: Language): void {
  const html = page.html.get(language);
  if (html === undefined) {
    return send(response, 503, 'text/plain; charset=utf-8', 'Nothing rendered yet: the data has problems, listed over this page. Fix them and save.\n');
  }
  response.setHeader('Content-Security-Policy', DOCUMENT_POLICY);
  send(response, 200, TYPES.html, html);
}

async function sendDownload(context: PreviewServerContext, response: ServerResponse, key: { report: string; quarter: string }, language: Language, format: 'docx' | 'pdf'): Promise<void> {
  try {
    const download = await renderDownload({ ...key, dataDir: context.dataDir, cwd: context.cwd, env: context.env, parseYaml: context.pages.parseYaml, keepParsedMarkdown: context.pages.keepParsedMarkdown, languages: [language] }, language, format, context.office);
    const name = outputName(key.report, key.quarter, format, language);
    if (download.content) return send(response, 200, TYPES[format], download.content, { 'Content-Disposition': `attachment; filename="${name}"` });
    const { problems, failure } = download.render;
    const why = failure ? `${failure.message}\n${failure.hint ?? ''}` : formatProblemsAsText(problems.filter((problem) => problem.severity === 'error'));
    send(response, 409, 'text/plain; charset=utf-8', `The ${format} cannot be built until these are fixed:\n\n${why}\n`);
  } catch (error) {
    // LibreOffice missing or failing is the one usage error left here.
    if (!(error instanceof UsageError)) throw error;
    send(response, 503, 'text/plain; charset=utf-8', `${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
  }
}

function shownLanguages(names: readonly string[]): Language[] {
  return LANGUAGES.filter((language) => names.includes(language));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * Served on this machine only, the preview answers only requests addressed to
 * it by that name: a web page elsewhere cannot point a name of its own at
 * 127.0.0.1 (DNS rebinding) and read the reports through the browser.
 */
export function allowedHost(servedOn: string, hostHeader: string | undefined): boolean {
  if (!LOOPBACK.has(servedOn)) return true;
  const name = (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
  return LOOPBACK.has(name);
}

function notFound(response: ServerResponse): void {
  send(response, 404, 'text/plain; charset=utf-8', 'Not found\n');
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Length': typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(request(response) === 'HEAD' ? undefined : body);
}

function request(response: ServerResponse): string | undefined {
  return response.req?.method;
}
