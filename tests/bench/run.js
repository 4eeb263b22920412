// npm run bench: wall time (median of several runs of the real CLI process) and peak memory
// of validate and build, on the sample data and synthetic data of three sizes, with pandoc's
// time to turn the same Markdown into docx beside them when pandoc is installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticData } from './synthetic-data.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'bin/rag-report.js');
const preload = path.join(root, 'tests/bench/peak-memory.js');
const quick = process.argv.includes('--quick');

function measure(args, cwd, runs, nodeFlags = []) {
  const times = [];
  let peak = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const child = spawnSync(process.execPath, [...nodeFlags, '--import', preload, cli, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], env: { ...process.env, CI: 'true' } });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (child.status !== 0) throw new Error(`rag-report ${args.join(' ')} failed:\n${child.stderr}`);
    peak = Math.max(peak, Number(String(child.output[3]).trim()) / 1024);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], peak };
}

function pandocTime(markdownFile, runs) {
  if (spawnSync('pandoc', ['--version']).error) return undefined;
  const out = path.join(tmpdir(), `rag-bench-${process.pid}.docx`);
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    // From the Markdown's folder, so that pandoc finds the charts beside it and embeds them too.
    spawnSync('pandoc', ['-f', 'gfm', '-o', out, path.basename(markdownFile)], { cwd: path.dirname(markdownFile) });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  rmSync(out, { force: true });
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
const row = (dataset, what, { median, peak }, target) =>
  rows.push({ dataset, what, 'median ms': Math.round(median), 'peak MB': Math.round(peak), target: target ?? '' });

function benchDataset(name, cwd, dataDir, quarter, runs, targets) {
  const data = ['--data', dataDir];
  row(name, 'validate', measure(['validate', ...data], cwd, runs), targets.validate);
  const out = mkdtempSync(path.join(tmpdir(), 'rag-bench-out-'));
  for (const format of targets.formats) {
    row(name, `build ${format} en`, measure(['build', ...data, '--quarter', quarter, '--format', format, '--lang', 'en', '--out', out], cwd, runs), targets[`build ${format}`]);
  }
  row(name, 'build all formats, en+cy', measure(['build', ...data, '--quarter', quarter, '--out', out], cwd, runs), targets.full);
  const markdown = readdirSync(out, { recursive: true }).filter((file) => String(file).endsWith('.en.md')).map((file) => path.join(out, String(file)));
  const pandoc = markdown.length ? markdown.reduce((sum, file) => sum + (pandocTime(file, runs) ?? NaN), 0) : NaN;
  if (!Number.isNaN(pandoc)) rows.push({ dataset: name, what: 'pandoc gfm → docx, en (same Markdown)', 'median ms': Math.round(pandoc), 'peak MB': '', target: '' });
  rmSync(out, { recursive: true, force: true });
}

const runs = quick ? 3 : 7;
benchDataset('sample (2 reports, 105 actions)', root, path.join(root, 'data'), '2023Q2', runs, {
  validate: '≤ 300 ms', formats: ['docx', 'html', 'md', 'json'], 'build docx': '≤ pandoc', full: '≤ 1500 ms',
});
const scratch = mkdtempSync(path.join(tmpdir(), 'rag-bench-data-'));
try {
  const thousand = writeSyntheticData(path.join(scratch, '1k'), { actions: 1000, quarters: 2 });
  benchDataset('1,000 actions', scratch, thousand.dataDir, thousand.quarters.at(-1), quick ? 1 : 3, { formats: ['docx'] });
  if (!quick) {
    // 10,000 actions over 40 quarters: a long history, 250 actions a quarter.
    const history = writeSyntheticData(path.join(scratch, 'history'), { actions: 250, quarters: 40 });
    row('10,000 actions over 40 quarters', 'validate', measure(['validate', '--data', history.dataDir], scratch, 1), '≤ 3000 ms, ≤ 300 MB');
    // 10,000 actions in one quarter: the largest single document.
    const large = writeSyntheticData(path.join(scratch, '10k'), { actions: 10000, quarters: 1 });
    const out = path.join(scratch, 'out');
    row('10,000 actions in one quarter', 'validate', measure(['validate', '--data', large.dataDir], scratch, 1), '≤ 3000 ms');
    const largeDocx = ['build', '--data', large.dataDir, '--quarter', large.quarters[0], '--format', 'docx', '--lang', 'en', '--out', out];
    row('10,000 actions in one quarter', 'build docx en', measure(largeDocx, scratch, 1), '≤ 20000 ms, ≤ 300 MB');
    // V8 lets the heap grow to several times what is live before collecting; a cap trades time for memory.
    row('10,000 actions in one quarter', 'build docx en, --max-old-space-size=512', measure(largeDocx, scratch, 1, ['--max-old-space-size=512']), '');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// The live preview: save-to-page in a real browser, and its re-render (tests/bench/preview.js).
const preview = await (await import('./preview.js')).measurePreview({ root, cli, runs: quick ? 5 : 15 });
const previewRow = (what, ms, target) => rows.push({ dataset: 'sample policing-protocol 2023Q2', what, 'median ms': ms === undefined ? '' : Math.round(ms), 'peak MB': '', target });
if (preview.skipped) previewRow(`preview: ${preview.skipped}`, undefined, '');
else {
  previewRow('preview, English page: save → page shows it', preview.en.saveToPage, '≤ 300 ms');
  previewRow('preview, English page: re-render', preview.en.rerender, '≤ 100 ms');
  previewRow('preview, side by side: save → both show it', preview.both.saveToPage, '');
  previewRow('preview, side by side: re-render en then cy', preview.both.rerender, '');
  previewRow('bare node start, same run (for scale)', preview.nodeStart, '');
}
console.table(rows);
