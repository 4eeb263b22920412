import { performance } from 'node:perf_hooks';
import { sortProblems, type Problem } from '../problems/index.js';
import { LANGUAGES, type Language } from '../schema/index.js';
import { affectedPages, pageId, type PageKey } from './affected-pages.js';
import { rememberedYaml } from './remembered-yaml.js';
import { prepareQuarter, type Failure } from './render-quarter.js';

/** What the preview shows of one report's quarter. */
export interface PageState extends PageKey {
  /** By language, goes up each time its HTML changes, so that open pages know to reload it. */
  readonly versions: Readonly<Partial<Record<Language, number>>>;
  /** The last HTML that rendered without errors, by language: kept beneath the overlay while there are problems. */
  readonly html: ReadonlyMap<Language, string>;
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
  /** After each language, so that its open pages can show it before the next is rendered. */
  readonly onUpdate?: (page: PageState) => void;
  /** Once a render of every language is complete, first or again. */
  readonly onRender?: (page: PageState, previous: PageState | undefined) => void;
}

/**
 * The rendered pages, kept warm in memory. A page is rendered when it is first
 * asked for; after a change, only the pages the change touches are rendered
 * again, one render at a time, English first.
 */
export class PreviewPages {
  private readonly pages = new Map<string, Promise<PageState>>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Shared by every page: a save re-parses only the file saved. */
  readonly parseYaml = rememberedYaml();

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
    const started = performance.now();
    const prepared = prepareQuarter({ ...key, dataDir: this.options.dataDir, cwd: this.options.cwd, env: this.options.env, parseYaml: this.parseYaml });
    let page: PageState = {
      ...key,
      versions: previous?.versions ?? {},
      html: previous?.html ?? new Map(),
      problems: prepared.problems,
      failure: prepared.failure,
      timings: {},
      complete: !prepared.render,
    };
    for (const [index, language] of (prepared.render ? LANGUAGES : []).entries()) {
      const rendered = await prepared.render!(language);
      const html = rendered.file && String(rendered.file.content);
      const changed = html !== undefined && html !== page.html.get(language);
      page = {
        ...page,
        versions: changed ? { ...page.versions, [language]: (page.versions[language] ?? 0) + 1 } : page.versions,
        html: changed ? new Map([...page.html, [language, html]]) : page.html,
        problems: rendered.problems.length > 0 ? sortProblems([...page.problems, ...rendered.problems]) : page.problems,
        timings: { ...page.timings, [language]: performance.now() - started },
        complete: index === LANGUAGES.length - 1,
      };
      if (!page.complete) this.options.onUpdate?.(page);
    }
    this.options.onUpdate?.(page);
    this.options.onRender?.(page, previous);
    return page;
  }
}
