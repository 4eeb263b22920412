/**
 * The viewer's script, run in the browser: it listens to the preview's events
 * for its report's quarter, reloads the documents (keeping where the reader
 * had scrolled to) when they change, and shows the problems over them, as
 * `validate` lists them, while the data has errors. It builds every element
 * with textContent: no text from the data is ever parsed as HTML.
 */
export const VIEWER_SCRIPT = `
(() => {
  const state = JSON.parse(document.getElementById('preview-state').textContent);
  const overlay = document.getElementById('overlay');
  const list = document.getElementById('overlay-problems');
  const title = document.getElementById('overlay-title');
  const warnings = document.getElementById('warnings');
  const status = document.getElementById('status');
  const frames = [...document.querySelectorAll('iframe[data-src]')];
  const versions = { ...state.versions };
  let loading = frames.length;
  const loaded = () => { if (--loading <= 0) document.documentElement.dataset.loaded = 'true'; };
  for (const frame of frames) frame.addEventListener('load', loaded, { once: true });

  // Only the frames whose language changed; each keeps where the reader had scrolled to.
  function reload(next) {
    for (const frame of frames) {
      const version = next.versions[frame.lang];
      if (version === undefined || version === versions[frame.lang]) continue;
      versions[frame.lang] = version;
      const scrolled = frame.contentWindow ? frame.contentWindow.scrollY : 0;
      frame.addEventListener('load', () => frame.contentWindow.scrollTo(0, scrolled), { once: true });
      frame.contentWindow.location.replace(frame.dataset.src + '?v=' + version);
    }
  }

  function where(problem) {
    return problem.line > 0 ? problem.file + ':' + problem.line + ':' + problem.column : problem.file;
  }

  function element(tag, className, text) {
    const made = document.createElement(tag);
    if (className) made.className = className;
    if (text !== undefined) made.textContent = text;
    return made;
  }

  /** A list item of the message and, when there is one, the hint. */
  function messageItem(message, hint) {
    const li = element('li');
    li.append(element('div', 'message', message));
    if (hint) li.append(element('div', 'hint', 'hint: ' + hint));
    return li;
  }

  function item(problem) {
    const li = messageItem(problem.message, problem.hint);
    const head = element('div');
    head.append(element('code', 'where', where(problem)), ' ', element('span', 'code', problem.severity + ' ' + problem.code));
    li.prepend(head);
    return li;
  }

  function failureItem(failure) {
    return messageItem(failure.message, failure.hint);
  }

  function show(next) {
    const errors = next.problems.filter((problem) => problem.severity === 'error');
    const others = next.problems.filter((problem) => problem.severity !== 'error');
    const shown = next.failure ? [failureItem(next.failure)] : errors.map(item);
    list.replaceChildren(...shown);
    title.textContent = next.failure
      ? 'rag-report cannot render this quarter'
      : errors.length + (errors.length === 1 ? ' error' : ' errors') + ' to fix: the last good render is shown beneath';
    overlay.hidden = shown.length === 0;
    warnings.hidden = others.length === 0;
    warnings.querySelector('summary').textContent = others.length + (others.length === 1 ? ' warning' : ' warnings');
    warnings.querySelector('ul').replaceChildren(...others.map(item));
    const timings = Object.entries(next.timings).map(([language, ms]) => language + ' ' + Math.round(ms) + ' ms');
    status.textContent = timings.length ? 'rendered: ' + timings.join(', ') : '';
  }

  show(state);
  const showing = frames.map((frame) => frame.lang).join(',');
  const source = new EventSource('/events?report=' + encodeURIComponent(state.report) + '&quarter=' + encodeURIComponent(state.quarter) + '&languages=' + showing);
  source.addEventListener('state', (event) => {
    const next = JSON.parse(event.data);
    show(next);
    reload(next);
  });
  source.addEventListener('error', () => { status.textContent = 'the preview has stopped: waiting for it to start again'; });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') overlay.hidden = true; });
  document.getElementById('overlay-close').addEventListener('click', () => { overlay.hidden = true; });
})();
`;
