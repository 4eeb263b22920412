import { pageId, type PageKey } from './affected-pages.js';

/** Lets a render wait until an open page has fetched a document it just rendered. */
export class ServedDocuments {
  private readonly waiting = new Map<string, Array<() => void>>();

  /** Resolves when `language` of `key` is next served, or after `timeoutMs`. */
  wait(key: PageKey, language: string, timeoutMs: number): Promise<void> {
    const id = `${pageId(key)}/${language}`;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      const waiters = this.waiting.get(id) ?? [];
      waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.waiting.set(id, waiters);
    });
  }

  served(key: PageKey, language: string): void {
    const id = `${pageId(key)}/${language}`;
    for (const resolve of this.waiting.get(id) ?? []) resolve();
    this.waiting.delete(id);
  }
}
