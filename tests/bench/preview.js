// The preview's speed as a person feels it: from saving a YAML file to the open page showing
// it (in Chromium, driven by playwright-core), and the re-render time the preview reports,
// for a real quarter (the sample's policing-protocol 2023Q2, 54 actions, English and Welsh).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SECTION = 'policing-protocol/2023Q2/17m.yaml';
const SENTENCE = "The PCC's Annual report has been published";

/**
 * Resolves to the median times in ms from saving to the English page showing it, and of the
 * re-render (English is rendered first and shown at once; then the Welsh), or to `{ skipped }` saying
 * why they could not be measured here (no Chromium).
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
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction((text) => document.querySelector('iframe[lang="en"]')?.contentDocument?.body?.textContent?.includes(text), SENTENCE);
    const file = path.join(scratch, 'data', SECTION);
    const original = readFileSync(file, 'utf8');
    const saveToPage = [];
    const english = [];
    const both = [];
    // One warm-up save first: the first re-render also loads what the first render did not need.
    for (let run = -1; run < runs; run++) {
      const marker = `Saved at run ${run} of the bench`;
      const printedBefore = output.length;
      const saved = performance.now();
      writeFileSync(file, original.replace(SENTENCE, marker));
      await page.waitForFunction((text) => document.querySelector('iframe[lang="en"]')?.contentDocument?.body?.textContent?.includes(text), marker, { polling: 'raf', timeout: 30_000 });
      const shown = performance.now() - saved;
      const rendered = await waitFor(() => output.slice(printedBefore).match(/rendered policing-protocol 2023Q2: en in (\d+) ms, cy in (\d+) ms/), () => `no render was reported:\n${output}`);
      if (run >= 0) {
        saveToPage.push(shown);
        english.push(Number(rendered[1]));
        both.push(Number(rendered[2]));
      }
    }
    return { saveToPage: median(saveToPage), rerenderEnglish: median(english), rerenderBoth: median(both) };
  } finally {
    await browser.close();
    preview.kill('SIGINT');
    await new Promise((resolve) => preview.once('exit', resolve));
    rmSync(scratch, { recursive: true, force: true });
  }
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
