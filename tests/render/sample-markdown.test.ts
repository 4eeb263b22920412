import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLocale } from '../../src/locale/index.js';
import { reportTree } from '../../src/render/markdown/report-tree.js';
import { writeMarkdown } from '../../src/render/markdown/write-markdown.js';
import { sampleQuarter } from '../helpers/sample.js';
import { reportCharts } from '../../src/build/report-charts.js';
import type { Locale } from '../../src/locale/index.js';

function chartsOf(sample: ReturnType<typeof sampleQuarter>, locale: Locale) {
  const history = [sample.previous, sample.current].filter((quarter) => quarter !== undefined);
  return reportCharts(sample.current, sample.previous, history, locale, `${sample.current.report}-2023Q2.${locale.language}`);
}

// The Markdown of the sample quarter, pinned. After an intended change: UPDATE=1 npx vitest run tests/render
const fixture = (name: string) => new URL(`../fixtures/render/${name}`, import.meta.url);

describe.each(['policing-protocol', 'business-plan'])('the Markdown of %s 2023Q2', (report) => {
  it.each(['en', 'cy'] as const)('in %s matches its fixture', (language) => {
    const sample = sampleQuarter(report);
    const { current, previous, summary } = sample;
    const locale = loadLocale(language);
    const narrative = current.narratives[language]?.markdown.trim();
    const charts = chartsOf(sample, locale);
    const markdown = writeMarkdown(reportTree({ current, previous, summary, locale, draft: false, narrative, charts }));
    const file = fixture(`${report}-2023Q2.${language}.md`);
    if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, markdown);
    expect(markdown).toBe(readFileSync(file, 'utf8'));
  });
});

describe('the policing protocol Markdown', () => {
  const sample = sampleQuarter('policing-protocol');
  const { current, previous, summary } = sample;
  const locale = loadLocale('en');
  const charts = chartsOf(sample, locale);
  const tree = reportTree({ current, previous, summary, locale, draft: false, narrative: undefined, charts });
  const markdown = writeMarkdown(tree);

  it('gives the reporting period and the counts table of both quarters', () => {
    expect(markdown).toContain('The following report covers the reporting period of Q2 of the financial year 2023/24 (July, August, September 2023).');
    expect(markdown).toContain('Of the 50 action areas:');
    expect(markdown).toMatch(/Amber<\/th>\n<td>17<\/td>\n<td>34%<\/td>\n<td>15<\/td>\n<td>30%<\/td>/);
  });

  it('gives every change with its reason, in report order', () => {
    const changes = markdown.split('\n').filter((line) => line.includes('this has changed from'));
    expect(changes).toHaveLength(6);
    expect(changes[0]).toBe(
      'Explore opportunities to reduce environmental impact – this has changed from Amber to Green as additional work has been undertaken during the last Quarter and further areas have been identified for future reductions in environmental impact.',
    );
    expect(changes[4]).toMatch(/from Green to Amber as there were late replies to 2 Freedom of Information requests\.$/);
  });

  it('has one actions table per section with every action, its rating word and update', () => {
    const tables = tree.children.filter((node) => node.type === 'table');
    expect(tables).toHaveLength(1 + current.sections.length);
    const rows = tables.slice(1).flatMap((table) => (table.type === 'table' ? table.children.slice(1) : []));
    expect(rows).toHaveLength(54);
    expect(markdown.match(/<td data-rag="n\/a" data-colour="">N\/A<\/td>/g)).toHaveLength(4);
  });

  it('shows the comparison chart with its alt text, after the counts table, and no trend over two quarters', () => {
    expect(markdown).toContain('![Bar chart comparing the RAG ratings of the action areas in Q2 2023/24 with Q1 2023/24.');
    expect(markdown).toContain('](policing-protocol-2023Q2.en.comparison.svg)');
    expect(markdown).not.toContain('trend.svg');
  });

  it('has the contents list in the tree it parsed once, the same as in the Markdown', () => {
    const list = tree.children.find((node) => node.type === 'list' && JSON.stringify(node).includes('"url":"#introduction"'));
    const urls = JSON.stringify(list).match(/"url":"#[^"]+"/g)!.map((url) => url.slice(7, -1));
    expect(urls).toEqual([...markdown.matchAll(/^- \[[^\]]*\]\((#[^)]+)\)$/gm)].map((match) => match[1]));
    expect(markdown).not.toContain('placeholder');
  });

  it('links every contents entry to a heading', () => {
    const anchors = [...markdown.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]);
    const ids = tree.children.flatMap((node) => (node.type === 'heading' ? [(node.data as { id: string }).id] : []));
    expect(anchors.length).toBe(2 + current.sections.length);
    for (const anchor of anchors) expect(ids).toContain(anchor);
  });
});
