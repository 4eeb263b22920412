import type { ServerResponse } from 'node:http';
import { pageId, type PageKey } from './affected-pages.js';

/**
 * Server-sent events to the open pages: each page listens for the state of its
 * own report's quarter, and reloads or shows the problems when it changes.
 */
export class EventStream {
  private readonly clients = new Map<ServerResponse, { readonly page: string; readonly languages: readonly string[] }>();

  /** `languages`: those the page shows. */
  add(response: ServerResponse, key: PageKey, languages: readonly string[]): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Ask the browser to come back quickly after the preview restarts.
    response.write('retry: 500\n\n');
    this.clients.set(response, { page: pageId(key), languages });
    response.on('close', () => this.clients.delete(response));
  }

  /** Sends `data` to the pages of `key`, or to one response. */
  send(key: PageKey, data: unknown, only?: ServerResponse): void {
    const message = `event: state\ndata: ${JSON.stringify(data)}\n\n`;
    for (const [response, client] of this.clients) {
      if (client.page === pageId(key) && (only === undefined || only === response)) response.write(message);
    }
  }

  /** Whether an open page shows this language of `key`. */
  showing(key: PageKey, language: string): boolean {
    return [...this.clients.values()].some((client) => client.page === pageId(key) && client.languages.includes(language));
  }

  /** Ends every stream, so that the server can close. */
  closeAll(): void {
    for (const response of this.clients.keys()) response.end();
    this.clients.clear();
  }
}
