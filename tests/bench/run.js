// npm run bench: each figure of the build's speed as a ratio to pandoc (or to a bare `node -e ''`)
// measured in the same run, pair by pair, so that the figures mean the same on a busy machine
// as on a quiet one. Prints a table and writes the figures as JSON (bench-results.json, or
// --json FILE), saying how each ratio moved since the last run that wrote there.
//   npm run bench                 every figure, with the 10,000-action report
//   npm run bench -- --quick      fewer runs, without the 10,000-action report
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { hasPandoc, pairs, timeProcess } from './measure.js';
import { writeSyntheticData } from './synthetic-data.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/rag-report.js');
const quick = process.argv.includes('--quick');
const jsonAt = process.argv.indexOf('--json');
const resultsFile = path.resolve(jsonAt > 0 ? process.argv[jsonAt + 1] : path.join(root, 'bench-results.json'));
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : undefined;

if (!hasPandoc()) {
  console.error('npm run bench needs pandoc: its figures are ratios to pandoc measured in the same run (apt-get install pandoc).');
  process.exit(2);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'rag-bench-'));
const cacheHome = path.join(scratch, 'cache');
const env = { XDG_CACHE_HOME: cacheHome };
const rag = (args, cwd = scratch) => () => timeProcess(process.execPath, [cli, ...args], { cwd, env });
const bareNode = () => timeProcess(process.execPath, ['-e', '']);
const emptyCache = () => rmSync(cacheHome, { recursive: true, force: true });

/** Every figure, in the order printed: { id, what, ours, reference: { name, ms, peakMB }, ratio, goal, met }. */
const figures = [];
/** The printed table of the ratios. */
const rows = [];

function figure(id, what, measured, referenceName, goal) {
  const met = [
    goal.ratio === undefined || measured.ratio <= goal.ratio,
    goal.ms === undefined || measured.ours.ms <= goal.ms,
    goal.peakMB === undefined || (measured.ours.peakMB !== undefined && measured.ours.peakMB <= goal.peakMB),
  ].every(Boolean);
  const entry = { id, what, ours: measured.ours, reference: { name: referenceName, ...measured.reference }, ratio: measured.ratio, runs: measured.runs, goal, met };
  figures.push(entry);
  const before = previous?.figures?.find((old) => old.id === id);
  rows.push({
    figure: what,
    'ms': Math.round(measured.ours.ms),
    'CPU ms': round(measured.ours.cpuMs),
    'MB': round(measured.ours.peakMB),
    'against': referenceName,
    'its ms': Math.round(measured.reference.ms),
    'its CPU ms': round(measured.reference.cpuMs),
    'its MB': round(measured.reference.peakMB),
    'ratio': measured.ratio.toFixed(2),
    'goal': goalText(goal),
    'met': met ? 'yes' : 'NO',
    'last ratio': before ? `${before.ratio.toFixed(2)} (${moved(before.ratio, measured.ratio)})` : '',
  });
  console.error(`  ${what}: ${measured.ratio.toFixed(2)}× ${referenceName}${met ? '' : ' (goal not met)'}`);
}

console.error(`bench: ${cpus().length} cores, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')} at the start`);
const loadAtStart = loadavg();
try {
  sampleFigures(quick ? 3 : 7);
  if (!quick) largeFigures();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// The live preview: save-to-page in a real browser, and its re-render (tests/bench/preview.js).
const preview = await (await import('./preview.js')).measurePreview({ root, cli, runs: quick ? 5 : 15 });
/** Times in a browser, not ratios: a table of their own. */
const previewRows = [];
const previewRow = (what, ms, target) => previewRows.push({ what, 'median ms': ms === undefined ? '' : Math.round(ms), goal: target });
if (preview.skipped) previewRow(`preview: ${preview.skipped}`, undefined, '');
else {
  previewRow('preview, English page: save → page shows it', preview.en.saveToPage, '≤ 300 ms');
  previewRow('preview, English page: re-render', preview.en.rerender, '≤ 100 ms');
  previewRow('preview, side by side: save → both show it', preview.both.saveToPage, '');
  previewRow('preview, side by side: re-render en then cy', preview.both.rerender, '');
  previewRow('bare node start, same run (for scale)', preview.nodeStart, '');
}
console.table(rows);
console.log('live preview of the sample policing-protocol 2023Q2, in Chromium:');
console.table(previewRows);
const loadAtEnd = loadavg();
console.log(`load average ${loadAtStart[0].toFixed(2)} at the start, ${loadAtEnd[0].toFixed(2)} at the end, on ${cpus().length} cores`);
writeFileSync(
  resultsFile,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, loadAverage: { start: loadAtStart, end: loadAtEnd }, quick, figures, preview }, null, 2)}\n`,
);
console.log(`figures written to ${path.relative(process.cwd(), resultsFile) || resultsFile}`);

/** A real quarter: the sample's policing-protocol 2023Q2 (54 actions), and the full sample build. */
function sampleFigures(runs) {
  const data = path.join(scratch, 'sample');
  cpSync(path.join(root, 'data'), path.join(data, 'data'), { recursive: true });
  const docx = ['build', '--report', 'policing-protocol', '--quarter', '2023Q2', '--lang', 'en', '--format', 'docx', '--out', 'out'];
  const pandoc = pandocOf(data, ['--report', 'policing-protocol', '--quarter', '2023Q2', '--lang', 'en'], 'policing-protocol/2023Q2/policing-protocol-2023Q2.en');

  figure('docx-cold', 'docx of a real quarter, en, empty cache', pairs({ runs, before: emptyCache, ours: rag(docx, data), reference: pandoc }), 'pandoc', { ratio: 2.0 });
  const section = path.join(data, 'data/policing-protocol/2023Q2/17a.yaml');
  const editUpdate = (run) => {
    // One update text, as a person edits it between builds: the first English update gets a sentence.
    const text = readFileSync(section, 'utf8');
    writeFileSync(section, text.replace(/(update:\n\s+en: \|\n\s+)/, `$1Edit ${run} of the bench. `));
  };
  figure('docx-edited', 'the same after editing one update', pairs({ runs, before: editUpdate, ours: rag(docx, data), reference: pandoc }), 'pandoc', { ratio: 1.0 });
  figure('docx-unchanged', 'the same with nothing changed', pairs({ runs, ours: rag(docx, data), reference: pandoc }), 'pandoc', { ratio: 0.6 });
  const full = ['build', '--quarter', '2023Q2', '--out', 'full'];
  figure('full-cold', 'full sample build (2 reports × en, cy × docx, html, md, json), empty cache', pairs({ runs, before: emptyCache, ours: rag(full, data), reference: pandoc }), 'one pandoc', { ratio: 6.0 });
  const validate = ['validate', '--quarter', '2023Q2'];
  figure('validate-cold', 'validate of a real quarter, every file parsed', pairs({ runs, ours: rag([...validate, '--no-cache'], data), reference: bareNode }), "node -e ''", { ratio: 2.5 });
  figure('validate', 'validate of a real quarter, files in the cache', pairs({ runs, ours: rag(validate, data), reference: bareNode }), "node -e ''", { ratio: 2.5 });
}

/** 10,000 actions in one quarter: the largest single document. */
function largeFigures() {
  const { dataDir, quarters } = writeSyntheticData(path.join(scratch, 'large'), { actions: 10000, quarters: 1 });
  const cwd = path.dirname(dataDir);
  const quarter = quarters[0];
  figure('large-validate-cold', 'validate, 10,000 actions, every file parsed', pairs({ runs: 2, ours: rag(['validate', '--no-cache'], cwd), reference: bareNode }), "node -e ''", { ms: 1500 });
  rag(['validate'], cwd)();
  figure('large-validate', 'validate, 10,000 actions, files in the cache', pairs({ runs: 3, ours: rag(['validate'], cwd), reference: bareNode }), "node -e ''", { ms: 1500 });
  const pandoc = pandocOf(cwd, ['--quarter', quarter, '--lang', 'en'], `synthetic/${quarter}/synthetic-${quarter}.en`);
  const docx = ['build', '--quarter', quarter, '--lang', 'en', '--format', 'docx', '--out', 'out'];
  figure('large-docx', 'docx, 10,000 actions, en, empty cache', pairs({ runs: 2, before: emptyCache, ours: rag(docx, cwd), reference: pandoc }), 'pandoc', { ms: 10000, peakMB: 400 });
}

/**
 * A timer of pandoc turning the same Markdown into docx. The Markdown shows the charts as SVG,
 * which pandoc cannot embed without rsvg-convert; it is given the docx's own PNGs instead, so
 * that it embeds the charts as we do.
 */
function pandocOf(cwd, select, stem) {
  const made = path.join(scratch, `pandoc-${figures.length}-${path.basename(stem)}`);
  timeProcess(process.execPath, [cli, 'build', ...select, '--format', 'md,docx', '--no-cache', '--out', made], { cwd });
  const folder = path.join(made, path.dirname(stem));
  const pngs = Object.entries(unzipSync(readFileSync(path.join(made, `${stem}.docx`)))).filter(([name]) => name.startsWith('word/media/'));
  let index = 0;
  const markdown = readFileSync(path.join(made, `${stem}.md`), 'utf8').replace(/\]\(([^)\s]+)\.svg\)/g, () => {
    const [, bytes] = pngs[index % pngs.length];
    const name = `chart-${index++}.png`;
    writeFileSync(path.join(folder, name), bytes);
    return `](${name})`;
  });
  writeFileSync(path.join(folder, 'pandoc.md'), markdown);
  mkdirSync(path.join(folder, 'pandoc-out'), { recursive: true });
  return () => timeProcess('pandoc', ['-f', 'gfm', '-o', 'pandoc-out/pandoc.docx', 'pandoc.md'], { cwd: folder });
}

function goalText({ ratio, ms, peakMB }) {
  return [ratio !== undefined && `≤ ${ratio}×`, ms !== undefined && `≤ ${ms / 1000} s`, peakMB !== undefined && `≤ ${peakMB} MB`].filter(Boolean).join(', ');
}

function round(value) {
  return value === undefined ? '' : Math.round(value);
}

function moved(before, now) {
  const change = (now - before) / before;
  if (Math.abs(change) < 0.05) return 'same';
  return `${change < 0 ? 'faster' : 'slower'} by ${Math.abs(Math.round(change * 100))}%`;
}
