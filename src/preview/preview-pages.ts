import type { Language } from '../schema/index.js';
import type { Problem } from '../problems/index.js';
import { affectedPages, pageId, type PageKey } from './affected-pages.js';
import { renderQuarter, type Failure, type QuarterRender } from './render-quarter.js';

/** What the preview shows of one report's quarter. */
export interface PageState extends PageKey {
  /** Goes up each time the HTML changes, so that open pages know to reload. */
  readonly version: number;
  /** The last HTML that rendered without errors, by language: kept beneath the overlay while there are problems. */
  readonly html: ReadonlyMap<Language, string>;
  readonly problems: readonly Problem[];
  readonly failure?: Failure;
  /** How long the last render took. */
  readonly milliseconds: number;
}

export interface PreviewPagesOptions {
  readonly dataDir: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Called after every render, first or again. */
  readonly onRender?: (page: PageState, previous: PageState | undefined) => void;
}

/**
 * The rendered pages, kept warm in memory. A page is rendered when it is first
 * asked for; after a change, only the pages the change touches are rendered
 * again, one render at a time.
 */
export class PreviewPages {
  private readonly pages = new Map<string, Promise<PageState>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PreviewPagesOptions) {}

  /** The page, rendered now if it never was. */
  page(key: PageKey): Promise<PageState> {
    const id = pageId(key);
    let page = this.pages.get(id);
    if (!page) {
      page = this.render(key, undefined);
      this.pages.set(id, page);
    }
    return page;
  }

  /** Renders again the pages that these changed files touch; resolves to them. */
  refresh(files: readonly string[]): Promise<PageState[]> {
    const run = this.queue.then(async () => {
      const known = [...this.pages.keys()].map((id) => {
        const [report, quarter] = id.split('/') as [string, string];
        return { report, quarter };
      });
      const touched = new Map<string, PageKey>();
      for (const file of files) for (const key of affectedPages(this.options.dataDir, file, known)) touched.set(pageId(key), key);
      const rendered: PageState[] = [];
      for (const [id, key] of touched) {
        const page = this.render(key, await this.pages.get(id));
        this.pages.set(id, page);
        rendered.push(await page);
      }
      return rendered;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async render(key: PageKey, previous: PageState | undefined): Promise<PageState> {
    const result: QuarterRender = await renderQuarter({ ...key, dataDir: this.options.dataDir, cwd: this.options.cwd, env: this.options.env });
    const fresh = new Map([...result.files].map(([language, file]) => [language, String(file.content)]));
    const changed = fresh.size > 0 && !sameHtml(fresh, previous?.html);
    const page: PageState = {
      ...key,
      version: (previous?.version ?? 0) + (changed ? 1 : 0),
      html: fresh.size > 0 ? fresh : (previous?.html ?? new Map()),
      problems: result.problems,
      failure: result.failure,
      milliseconds: result.milliseconds,
    };
    this.options.onRender?.(page, previous);
    return page;
  }
}

function sameHtml(a: ReadonlyMap<Language, string>, b: ReadonlyMap<Language, string> | undefined): boolean {
  return b !== undefined && a.size === b.size && [...a].every(([language, html]) => b.get(language) === html);
}
