import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../src/build/render-report.js';
import { chromiumPath, launchBrowser, NO_BROWSER_REASON } from '../helpers/browser.js';
import { sampleQuarter } from '../helpers/sample.js';

const require = createRequire(import.meta.url);

/** Both sample reports' pages, in both languages. */
async function samplePages(): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const report of ['policing-protocol', 'business-plan']) {
    const { current, previous } = sampleQuarter(report);
    const history = [previous, current].filter((quarter) => quarter !== undefined);
    const { files } = await renderReport({ current, previous, history, languages: ['en', 'cy'], formats: ['html'], draft: false, timestamp: new Date('2023-10-01T00:00:00Z') });
    for (const file of files) pages.set(file.name, file.content as string);
  }
  return pages;
}

let pages: Map<string, string>;
beforeAll(async () => {
  pages = await samplePages();
}, 60_000);

describe('the HTML pages of the sample', () => {
  it('are valid HTML', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: {
        // The rating colours come from report.yaml, so they are set on each cell.
        'no-inline-style': 'off',
        // HTML allows an id to start with a digit; the anchors are GitHub's, so that the Markdown's links work too ("17a--...").
        'valid-id': ['error', { relaxed: true }],
      },
    });
    for (const [name, html] of pages) {
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.message}`));
      expect(messages, name).toEqual([]);
    }
  });

  it('list the contents in a <nav>, caption their tables, and head the rating rows of the counts table', () => {
    const html = pages.get('policing-protocol-2023Q2.en.html')!;
    expect(html).toMatch(/<nav aria-labelledby="contents"><h2 id="contents">Contents<\/h2>\s*<ul>/);
    expect(html).toContain('<caption>RAG ratings of the action areas: number and percentage</caption>');
    expect(html.match(/<table class="actions"><caption>/g)).toHaveLength(21);
    expect(html).toMatch(/<th scope="row" class="rag rag-amber"[^>]*>Amber<\/th>/);
    expect(html).not.toMatch(/<p><figure/);
  });
});

describe.skipIf(!chromiumPath())(`the HTML pages in Chromium (${chromiumPath() ? 'Chromium' : NO_BROWSER_REASON})`, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('do not scroll sideways on a 390 px wide phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const [name, html] of pages) {
      await page.setContent(html);
      const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
      expect(scroll, name).toBeLessThanOrEqual(width);
    }
    await page.close();
  }, 60_000);

  it('have no accessibility violations that axe-core finds', async () => {
    const page = await browser.newPage();
    const axe = require.resolve('axe-core/axe.min.js');
    for (const [name, html] of pages) {
      await page.setContent(html);
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`);
      });
      expect(violations, name).toEqual([]);
    }
    await page.close();
  }, 120_000);
});
