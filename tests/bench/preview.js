// The preview's speed as a person feels it: from saving a YAML file to the open page showing
// it (in Chromium, driven by playwright-core), and the re-render time the preview reports,
// for a real quarter (the sample's policing-protocol 2023Q2, 54 actions), with the English page
// open, then with English and Welsh side by side.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SECTION = 'policing-protocol/2023Q2/17m.yaml';
// Lines of the section's update, in English and in Welsh: each save changes both.
const ENGLISH = 'Timescale: Publication for next Annual Report - July 2024';
const WELSH = "Amserlen: Cyhoeddi'r Adroddiad Blynyddol nesaf - Gorffennaf 2024";
const WARM_UP = 3;

/**
 * For each view ('en', 'both'): the median ms from saving to every frame of the page showing
 * the change, and of the re-render the preview reports; and a bare node start for scale.
 * `{ skipped }` says why nothing could be measured here (no Chromium).
 */
export async function measurePreview({ root, cli, runs }) {
  const executablePath = process.env.CHROMIUM_PATH ?? CHROMIUM.find((candidate) => existsSync(candidate));
  if (!executablePath) return { skipped: 'needs Chromium (apt-get install chromium, or set CHROMIUM_PATH)' };
  const { chromium } = await import('playwright-core');
  const scratch = mkdtempSync(path.join(tmpdir(), 'rag-bench-preview-'));
  cpSync(path.join(root, 'data'), path.join(scratch, 'data'), { recursive: true });
  const preview = spawn(process.execPath, [cli, 'preview', '--port', '0', '--report', 'policing-protocol', '--quarter', '2023Q2'], {
    cwd: scratch,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let output = '';
  preview.stdout.on('data', (chunk) => (output += String(chunk)));
  preview.stderr.on('data', (chunk) => (output += String(chunk)));
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const url = await waitFor(() => output.match(/http:\/\/127\.0\.0\.1:\d+\/\S*/)?.[0], () => `the preview did not start:\n${output}`);
    const file = path.join(scratch, 'data', SECTION);
    const original = readFileSync(file, 'utf8');
    const results = {};
    for (const view of ['en', 'both']) {
      const page = await browser.newPage();
      await page.goto(`${url}?view=${view}`);
      writeFileSync(file, original);
      await page.waitForFunction(everyFrameShows, ' 2023/24', { timeout: 60_000 });
      const saveToPage = [];
      const rerender = [];
      // Warm-up saves first: the first re-renders load what the first render did not need, and V8 compiles the hot paths.
      for (let run = -WARM_UP; run < runs; run++) {
        const marker = `Saved at run ${run} of the ${view} bench`;
        const printedBefore = output.length;
        const saved = performance.now();
        writeFileSync(file, original.replace(ENGLISH, `${marker}: ${ENGLISH}`).replace(WELSH, `${marker}: ${WELSH}`));
        await page.waitForFunction(everyFrameShows, marker, { polling: 'raf', timeout: 30_000 });
        const shown = performance.now() - saved;
        const timings = await waitFor(() => output.slice(printedBefore).match(/rendered policing-protocol 2023Q2: (.*)/)?.[1], () => `no render was reported:\n${output}`);
        if (run >= 0) {
          saveToPage.push(shown);
          rerender.push(Math.max(...[...timings.matchAll(/in (\d+) ms/g)].map((match) => Number(match[1]))));
        }
      }
      results[view] = { saveToPage: median(saveToPage), rerender: median(rerender) };
      await page.close();
    }
    return { ...results, nodeStart: nodeStart(runs) };
  } finally {
    await browser.close();
    preview.kill('SIGINT');
    await new Promise((resolve) => preview.once('exit', resolve));
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A bare `node -e 0`, timed in the same run: how busy this machine is, to read the other figures by. */
function nodeStart(runs) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Runs in the page: every document frame of the viewer holds `text`. */
function everyFrameShows(text) {
  const frames = [...document.querySelectorAll('iframe[data-src]')];
  return frames.length > 0 && frames.every((frame) => frame.contentDocument?.body?.textContent?.includes(text));
}

async function waitFor(value, failure, timeout = 30_000) {
  const started = performance.now();
  for (;;) {
    const found = value();
    if (found !== undefined) return found;
    if (performance.now() - started > timeout) throw new Error(failure());
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
