import { performance } from 'node:perf_hooks';
import { sortProblems, type Problem } from '../problems/index.js';
import type { Language } from '../schema/index.js';
import { affectedPages, pageId, type PageKey } from './affected-pages.js';
import { rememberedMarkdown } from './remembered-markdown.js';
import { rememberedYaml } from './remembered-yaml.js';
import { prepareQuarter, type Failure } from './render-quarter.js';

/** What the preview shows of one report's quarter. */
export interface PageState extends PageKey {
  /** The languages of its documents: those asked for that the report is published in. */
  readonly languages: readonly Language[];
  /** By language, goes up each time its HTML changes, so that open pages know to reload it. */
  readonly versions: Readonly<Partial<Record<Language, number>>>;
  /** The last HTML that rendered without errors, by language: kept beneath the overlay while there are problems. */
  readonly html: ReadonlyMap<Language, string>;
  /** Languages no open page showed at the last change: rendered when next asked for. */
  readonly stale: ReadonlySet<Language>;
  readonly problems: readonly Problem[];
  readonly failure?: Failure;
  /** Milliseconds from the start of the render to each language's HTML being ready. */
  readonly timings: Readonly<Partial<Record<Language, number>>>;
  /** False while languages are still being rendered. */
  readonly complete: boolean;
}

export interface PreviewPagesOptions {
  readonly dataDir: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The languages asked for (--lang, rag-report.yaml). Default: those each report is published in. */
  readonly languages?: readonly Language[];
  /** Whether an open page shows this language: only those are rendered after a change. */
  readonly showing?: (key: PageKey, language: Language) => boolean;
  /** After each language, so that its open pages can show it before the next is rendered. */
  readonly onUpdate?: (page: PageState) => void;
  /** Awaited before the next language is rendered, with the one just rendered: time for the open pages to fetch it. */
  readonly beforeNextLanguage?: (page: PageState, language: Language) => Promise<void> | undefined;
  /** Once a render is complete, first or again. */
  readonly onRender?: (page: PageState, previous: PageState | undefined) => void;
}

/**
 * The rendered pages, kept warm in memory. A page is rendered when it is first
 * asked for; after a change, only the pages the change touches are rendered
 * again, and of those only the languages an open page shows, English first.
 * One render runs at a time.
 */
export class PreviewPages {
  private readonly pages = new Map<string, PageState>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Shared by every page: a save re-parses only the file saved. */
  readonly parseYaml = rememberedYaml();
  /** Shared by every page: a save parses again only the texts that changed. */
  readonly keepParsedMarkdown = rememberedMarkdown();

  constructor(private readonly options: PreviewPagesOptions) {}

  /** The page with `languages` rendered from the data as it is now. */
  page(key: PageKey, languages: readonly Language[] = []): Promise<PageState> {
    const fresh = (known: PageState | undefined): known is PageState => known !== undefined && languages.every((language) => !known.stale.has(language));
    // Without waiting its turn when it is ready: a page fetches English while the Welsh is being rendered.
    const ready = this.pages.get(pageId(key));
    if (fresh(ready)) return Promise.resolve(ready);
    return this.inTurn(async () => {
      const known = this.pages.get(pageId(key));
      return fresh(known) ? known : this.render(key, known, languages);
    });
  }

  /** Renders again the pages that these changed files touch; resolves to them. */
  refresh(files: readonly string[]): Promise<PageState[]> {
    return this.inTurn(async () => {
      const known = [...this.pages.values()];
      const touched = new Map<string, PageKey>();
      for (const file of files) for (const key of affectedPages(this.options.dataDir, file, known)) touched.set(pageId(key), key);
      const rendered: PageState[] = [];
      for (const [id, key] of touched) rendered.push(await this.render(key, this.pages.get(id), []));
      return rendered;
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async render(key: PageKey, previous: PageState | undefined, wanted: readonly Language[]): Promise<PageState> {
    const started = performance.now();
    const { dataDir, cwd, env } = this.options;
    const prepared = prepareQuarter({ ...key, dataDir, cwd, env, parseYaml: this.parseYaml, keepParsedMarkdown: this.keepParsedMarkdown, languages: this.options.languages });
    const languages = prepared.render
      ? prepared.languages.filter((language) => wanted.includes(language) || this.options.showing?.(key, language))
      : [];
    let page: PageState = {
      ...key,
      languages: prepared.render || !previous ? prepared.languages : previous.languages,
      versions: previous?.versions ?? {},
      html: previous?.html ?? new Map(),
      // With errors nothing can be rendered, so nothing waits to be.
      stale: new Set(prepared.render ? prepared.languages : []),
      problems: prepared.problems,
      failure: prepared.failure,
      timings: {},
      complete: languages.length === 0,
    };
    for (const [index, language] of languages.entries()) {
      const rendered = await prepared.render!(language);
      const html = rendered.file && String(rendered.file.content);
      const changed = html !== undefined && html !== page.html.get(language);
      page = {
        ...page,
        versions: changed ? { ...page.versions, [language]: (page.versions[language] ?? 0) + 1 } : page.versions,
        html: changed ? new Map([...page.html, [language, html]]) : page.html,
        stale: new Set([...page.stale].filter((other) => other !== language)),
        problems: rendered.problems.length > 0 ? sortProblems([...page.problems, ...rendered.problems]) : page.problems,
        timings: { ...page.timings, [language]: performance.now() - started },
        complete: index === languages.length - 1,
      };
      if (!page.complete) {
        this.pages.set(pageId(key), page);
        this.options.onUpdate?.(page);
        if (changed) await this.options.beforeNextLanguage?.(page, language);
      }
    }
    this.pages.set(pageId(key), page);
    this.options.onUpdate?.(page);
    this.options.onRender?.(page, previous);
    return page;
  }
}
