import { displayPath } from '../load/index.js';
import type { Paint } from '../problems/index.js';
import type { Language } from '../schema/index.js';
import { templatePath } from '../templates-path.js';
import { EventStream } from './event-stream.js';
import { ServedDocuments } from './served-documents.js';
import { listen } from './listen.js';
import { listReports } from './list-reports.js';
import { PreviewPages } from './preview-pages.js';
import { tellTerminal } from './tell-terminal.js';
import { createPreviewServer } from './preview-server.js';
import { stateOf } from './page-state.js';
import { watchFiles, type WatchTarget } from './watch-files.js';
import type { OfficeSetting } from './render-download.js';

export interface PreviewOptions {
  /** The data folder, absolute. */
  readonly dataDir: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Default 127.0.0.1: only this machine can see the preview. */
  readonly host: string;
  /** The next free one is taken when it is in use; 0 lets the system choose. */
  readonly port: number;
  /** The languages asked for (--lang, rag-report.yaml). Default: those each report is published in. */
  readonly languages?: readonly Language[];
  /** rag-report.yaml, when there is one: watched too. */
  readonly configFile?: string;
  /** Where LibreOffice was named, for the PDF download: --office, rag-report.yaml's office. */
  readonly office?: OfficeSetting;
  /** Rendered first, and the address printed is its page. */
  readonly report?: string;
  readonly quarter?: string;
  /** Where the preview says what it does. */
  readonly log: (line: string) => void;
  /** How problems are painted in the terminal. */
  readonly paint?: Paint;
}

export interface RunningPreview {
  /** The address of the first page to open. */
  readonly url: string;
  readonly port: number;
  /** Stops watching, ends the open pages' event streams and closes the server. */
  close(): Promise<void>;
}

/** The longest the next language waits for an open page to fetch the one just rendered. */
const SERVE_WAIT_MS = 250;

/** Starts the preview: serves the pages, renders the first ones, and renders again on every save. */
export async function startPreview(options: PreviewOptions): Promise<RunningPreview> {
  const { dataDir, cwd, log } = options;
  const events = new EventStream();
  const served = new ServedDocuments();
  const pages = new PreviewPages({
    dataDir,
    cwd,
    env: options.env,
    languages: options.languages,
    showing: (key, language) => events.showing(key, language),
    onUpdate: (page) => events.send(page, stateOf(page)),
    // Rendering is work on this one thread: the next language waits until the open pages have fetched this one.
    beforeNextLanguage: (page, language) => (events.showing(page, language) ? served.wait(page, language, SERVE_WAIT_MS) : undefined),
    onRender: (page, previous) => tellTerminal(page, previous, options.log, options.paint),
  });
  const server = createPreviewServer({ host: options.host, dataDir, cwd, env: options.env, office: options.office ?? {}, pages, events, onServed: (key, language) => served.served(key, language) });
  const port = await listen(server, options.host, options.port);
  if (options.port !== 0 && port !== options.port) log(`port ${options.port} is in use: serving on ${port} instead`);

  const targets: WatchTarget[] = [
    { path: dataDir, kind: 'folder' },
    { path: templatePath(), kind: 'folder' },
    ...(options.configFile ? [{ path: options.configFile, kind: 'file' as const }] : []),
  ];
  const stopWatching = watchFiles(targets, (files) => {
    log(`changed: ${files.map((file) => displayPath(cwd, file)).join(', ')}`);
    void pages.refresh(files);
  });

  const first = firstPages(options);
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}/${first.length === 1 && options.quarter ? `${first[0]!.report}/${first[0]!.quarter}/` : ''}`;
  // Rendered now, while the address is printed and the browser opens: the first page then opens at once.
  for (const key of first) void pages.page(key, options.languages?.slice(0, 1) ?? ['en']);
  return {
    url,
    port,
    close: async () => {
      stopWatching();
      events.closeAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** The quarter asked for, or else the latest quarter of each report (or of the one asked for). */
function firstPages(options: PreviewOptions): { report: string; quarter: string }[] {
  return listReports(options.dataDir)
    .filter((entry) => options.report === undefined || entry.report === options.report)
    .flatMap((entry) => {
      const quarter = options.quarter ?? entry.quarters[0];
      return quarter && entry.quarters.includes(quarter) ? [{ report: entry.report, quarter }] : [];
    });
}
