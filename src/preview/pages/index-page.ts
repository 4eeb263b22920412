import { escapeHtml } from './escape-html.js';
import { PAGE_STYLE } from './page-style.js';

export interface IndexEntry {
  readonly report: string;
  /** The report's English title, when its report.yaml has one. */
  readonly title?: string;
  /** Newest first. */
  readonly quarters: readonly string[];
}

/** The preview's first page: every report and its quarters, each a link to its preview. */
export function indexPage(entries: readonly IndexEntry[], dataDir: string): string {
  const items = entries.map((entry) => {
    const quarters = entry.quarters.map((quarter) => `<a href="/${escapeHtml(entry.report)}/${escapeHtml(quarter)}/">${escapeHtml(quarter)}</a>`);
    const title = entry.title ? ` – ${escapeHtml(entry.title)}` : '';
    return `<li><strong>${escapeHtml(entry.report)}</strong>${title}<div class="quarters">${quarters.join(' ') || 'no quarters yet'}</div></li>`;
  });
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>rag-report preview</title><style>${PAGE_STYLE}</style></head>
<body><main class="index">
<h1>rag-report preview</h1>
<p>The reports in <code>${escapeHtml(dataDir)}</code>. Pages show your changes as soon as you save them.</p>
<ul>${items.join('\n') || '<li>no reports yet: each is a folder holding report.yaml</li>'}</ul>
</main></body>
</html>
`;
}
