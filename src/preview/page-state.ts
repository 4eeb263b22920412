import type { PageState } from './preview-pages.js';

/** What the viewer's script needs of a page: sent in the page, then by the event stream after each render. */
export function stateOf(page: PageState): unknown {
  const { report, quarter, languages, versions, problems, failure, timings, complete } = page;
  return { report, quarter, languages, versions, problems, failure, timings, complete };
}
