import { outputName } from '../../build/output-names.js';
import type { Language } from '../../schema/index.js';
import type { PageState } from '../preview-pages.js';
import { stateOf } from '../page-state.js';
import { escapeHtml, jsonForScript } from './escape-html.js';
import { PAGE_STYLE } from './page-style.js';
import { VIEWER_SCRIPT } from './viewer-script.js';

/** One language, or every language side by side. */
export type View = Language | 'both';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

const VIEWER_STYLE = `
html, body { height: 100%; }
body { display: flex; flex-direction: column; }
.bar { display: flex; flex-wrap: wrap; gap: .4rem 1.25rem; align-items: center; padding: .5rem 1rem; background: #fff; border-bottom: 1px solid #d0d7de; font-size: .95rem; }
.bar nav a { margin-right: .6rem; }
.bar a[aria-current] { font-weight: bold; color: #1a1a1a; text-decoration: none; }
.bar #status { color: #57606a; margin-left: auto; }
.bar details { position: relative; }
.bar details ul { position: absolute; right: 0; z-index: 2; width: min(40rem, 90vw); max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #d0d7de; padding: .5rem 1rem; margin: .25rem 0; list-style: none; }
.frames { flex: 1; display: flex; min-height: 0; }
.frames iframe { flex: 1; border: 0; background: #fff; }
.frames iframe + iframe { border-left: 2px solid #d0d7de; }
#overlay { position: fixed; inset: 0; z-index: 10; background: rgba(0, 0, 0, .55); overflow: auto; padding: 4vh 4vw; }
#overlay[hidden] { display: none; }
#overlay .panel { max-width: 60rem; margin: 0 auto; background: #1e1e1e; color: #f0f0f0; border-top: 6px solid #ff5555; padding: 1rem 1.5rem; font-size: .95rem; }
#overlay h2 { color: #ff7b72; font-size: 1.15rem; margin: .25rem 0 1rem; }
#overlay ul { list-style: none; padding: 0; }
#overlay li, .bar details li { margin: 0 0 1rem; }
#overlay .where { color: #79c0ff; }
#overlay .code, .bar .code { color: #a0a0a0; }
#overlay .hint { color: #c9d1d9; margin-top: .2rem; font-style: italic; }
#overlay button { float: right; }
`;

/** The page that shows a report's quarter: the documents in frames, a bar to switch language and download, the problems over them. */
export function viewerPage(page: PageState, view: View): string {
  const { languages } = page;
  const base = `/${escapeHtml(page.report)}/${escapeHtml(page.quarter)}/`;
  const views: View[] = languages.length > 1 ? [...languages, 'both'] : [...languages];
  // A view the report does not have (Welsh of an English-only report) falls back to its first language.
  const chosen: View = (view === 'both' && languages.length > 1) || languages.includes(view as Language) ? view : (languages[0] ?? 'en');

  const nav = views.map((candidate) => {
    const label = candidate === 'both' ? 'Side by side' : LANGUAGE_NAMES[candidate];
    return `<a href="${base}?view=${candidate}"${candidate === chosen ? ' aria-current="page"' : ''}>${label}</a>`;
  });
  const downloads = languages.flatMap((language) =>
    (['docx', 'pdf'] as const).map((format) => `<a href="${base}${escapeHtml(outputName(page.report, page.quarter, format, language))}">${format} (${language})</a>`),
  );
  const shown = chosen === 'both' ? languages : languages.filter((language) => language === chosen);
  const frames = shown.map((language) => {
    const src = `${base}${escapeHtml(outputName(page.report, page.quarter, 'html', language))}`;
    return `<iframe title="${LANGUAGE_NAMES[language]}" lang="${language}" src="${src}?v=${page.versions[language] ?? 0}" data-src="${src}"></iframe>`;
  });
  const state = stateOf(page);
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.report)} ${escapeHtml(page.quarter)} – rag-report preview</title>
<style>${PAGE_STYLE}${VIEWER_STYLE}</style></head>
<body>
<header class="bar">
<a href="/">All reports</a>
<strong>${escapeHtml(page.report)} ${escapeHtml(page.quarter)}</strong>
<nav aria-label="Language">${nav.join(' ')}</nav>
<span>Build: ${downloads.join(' ')}</span>
<details id="warnings" hidden><summary></summary><ul></ul></details>
<span id="status" role="status"></span>
</header>
<div class="frames">${frames.join('')}</div>
<div id="overlay" role="alert" aria-labelledby="overlay-title" hidden><div class="panel">
<button type="button" id="overlay-close" title="Hide until the next change (Esc)">Hide</button>
<h2 id="overlay-title"></h2><ul id="overlay-problems"></ul>
<p>Fix the file and save: this page updates by itself.</p>
</div></div>
<script id="preview-state" type="application/json">${jsonForScript(state)}</script>
<script>${VIEWER_SCRIPT}</script>
</body>
</html>
`;
}
