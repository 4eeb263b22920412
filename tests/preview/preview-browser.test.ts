import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/preview/start-preview.js';
import { chromiumPath, launchBrowser, NO_BROWSER_REASON } from '../helpers/browser.js';
import { copySampleData, snapshotFolder } from './preview-data.js';

const SECTION = 'policing-protocol/2023Q2/17m.yaml';

describe.skipIf(!chromiumPath())(`rag-report preview in a browser (${NO_BROWSER_REASON} when missing)`, () => {
  let browser: Browser;
  let preview: RunningPreview;
  let data: { root: string; dataDir: string };
  let before: Record<string, string>;
  const log: string[] = [];
  const sectionFile = () => path.join(data.dataDir, SECTION);

  beforeAll(async () => {
    data = copySampleData();
    before = snapshotFolder(data.dataDir);
    preview = await startPreview({
      dataDir: data.dataDir,
      cwd: data.root,
      env: {},
      host: '127.0.0.1',
      port: 0,
      report: 'policing-protocol',
      quarter: '2023Q2',
      log: (line) => log.push(line),
    });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    rmSync(data.root, { recursive: true, force: true });
  });

  /** The English document inside the viewer's frame. */
  const englishText = (page: Page) => page.frameLocator('iframe[lang="en"]').locator('body');

  test('shows a saved change, then the problems of a broken file over the last good render, then clears them', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/policing-protocol\/2023Q2\/$/);
    const page = await browser.newPage();
    await page.goto(preview.url);
    await expect.poll(() => englishText(page).textContent(), { timeout: 20_000 }).toContain('Annual report has been published');

    const original = readFileSync(sectionFile(), 'utf8');
    writeFileSync(sectionFile(), original.replace("The PCC's Annual report has been published", 'The preview shows this sentence at once'));
    await expect.poll(() => englishText(page).textContent(), { timeout: 20_000 }).toContain('The preview shows this sentence at once');

    // A rating the scale does not have: validate puts it at the line of `rag:`.
    const ragLine = original.split('\n').findIndex((line) => line.includes('rag: green')) + 1;
    expect(ragLine).toBeGreaterThan(0);
    writeFileSync(sectionFile(), original.replace('rag: green', 'rag: purple'));
    const overlay = page.locator('#overlay');
    await expect.poll(() => overlay.isVisible(), { timeout: 20_000 }).toBe(true);
    const shown = await overlay.textContent();
    expect(shown).toContain(`data/policing-protocol/2023Q2/17m.yaml:${ragLine}:`);
    expect(shown).toContain('unknown-rating');
    expect(shown).toMatch(/hint: .*green/);
    // The last good render stays beneath.
    expect(await englishText(page).textContent()).toContain('The preview shows this sentence at once');
    expect(log.join('\n')).toContain(`data/policing-protocol/2023Q2/17m.yaml:${ragLine}:`);

    writeFileSync(sectionFile(), original);
    await expect.poll(() => overlay.isVisible(), { timeout: 20_000 }).toBe(false);
    await expect.poll(() => englishText(page).textContent(), { timeout: 20_000 }).toContain("The PCC's Annual report has been published");
    await page.close();
  }, 90_000);

  test('survives a half-saved file, and shows the whole one once it is saved', async () => {
    const page = await browser.newPage();
    await page.goto(preview.url);
    await expect.poll(() => englishText(page).textContent(), { timeout: 20_000 }).toContain('Annual report has been published');
    const original = readFileSync(sectionFile(), 'utf8');
    // Editors that truncate, then write: first nothing, then half the file.
    writeFileSync(sectionFile(), '');
    writeFileSync(sectionFile(), original.slice(0, original.indexOf('update:') + 12));
    await new Promise((resolve) => setTimeout(resolve, 300));
    writeFileSync(sectionFile(), original.replace('Timescale: Publication', 'Timescale, saved whole: Publication'));
    await expect.poll(() => englishText(page).textContent(), { timeout: 20_000 }).toContain('Timescale, saved whole');
    expect(await page.locator('#overlay').isVisible()).toBe(false);
    writeFileSync(sectionFile(), original);
    await page.close();
  }, 90_000);

  test('shows English and Welsh side by side, a saved Welsh change too, and lists every report and quarter', async () => {
    const page = await browser.newPage();
    await page.goto(`${preview.url}?view=both`);
    await expect.poll(() => page.frameLocator('iframe[lang="cy"]').locator('body').textContent(), { timeout: 20_000 }).toContain('Adroddiad Blynyddol');
    await expect.poll(() => englishText(page).textContent(), { timeout: 20_000 }).toContain('Annual report');
    const original = readFileSync(sectionFile(), 'utf8');
    writeFileSync(sectionFile(), original.replace("Amserlen: Cyhoeddi'r", "Amserlen newydd: Cyhoeddi'r"));
    await expect.poll(() => page.frameLocator('iframe[lang="cy"]').locator('body').textContent(), { timeout: 20_000 }).toContain('Amserlen newydd');
    writeFileSync(sectionFile(), original);
    await page.goto(new URL('/', preview.url).href);
    const links = await page.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/policing-protocol/2023Q2/', '/policing-protocol/2023Q1/', '/business-plan/2023Q2/']));
    await page.close();
  }, 60_000);

  test('builds the docx on demand', async () => {
    const response = await fetch(new URL('policing-protocol-2023Q2.cy.docx', preview.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('policing-protocol-2023Q2.cy.docx');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
  }, 60_000);

  test.each([
    '/../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/policing-protocol/2023Q2/..%2f17m.yaml',
    '/policing-protocol/2023Q2/17m.yaml',
    '/policing-protocol/report.yaml',
    '/policing-protocol/',
    '/nothing/2023Q2/',
  ])('answers %s with 404', async (url) => {
    expect(await rawGet(preview.port, url)).toBe(404);
  });

  test('answers only to its own name: a page elsewhere cannot read it through DNS rebinding', async () => {
    expect(await rawGet(preview.port, '/', 'attacker.example')).toBe(403);
    expect(await rawGet(preview.port, '/', `localhost:${preview.port}`)).toBe(200);
  });

  test('writes nothing into the data folder', () => {
    expect(snapshotFolder(data.dataDir)).toEqual(before);
  });

  test('takes the next port when the one asked for is in use, and says so', async () => {
    const busy = await occupiedPort();
    const port = (busy.address() as { port: number }).port;
    const lines: string[] = [];
    const second = await startPreview({ dataDir: data.dataDir, cwd: data.root, env: {}, host: '127.0.0.1', port, log: (line) => lines.push(line), report: 'business-plan', quarter: '2023Q2' });
    try {
      expect(second.port).toBeGreaterThan(port);
      expect(lines.join('\n')).toContain(`port ${port} is in use: serving on ${second.port} instead`);
      expect((await fetch(second.url)).status).toBe(200);
    } finally {
      await second.close();
      busy.close();
    }
  }, 60_000);
});

/** GET with the path sent exactly as written: fetch and browsers would resolve the dots first. */
function rawGet(port: number, url: string, host = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: url, headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

function occupiedPort(): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
