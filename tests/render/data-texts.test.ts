import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx/index.js';
import { renderHtml } from '../../src/render/html/render-html.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';
import { writeMarkdown } from '../../src/render/markdown/write-markdown.js';

/** A template's text with two data texts, as the report template puts an update in a cell. */
const layout = ['## Section', '', ':::::table{.actions}', '::::row', ':::td', '::markdown{of="first"}', ':::', ':::td', '::markdown{of="second"}', ':::', '::::', ':::::'].join('\n');
const html = (fragments: Record<string, string>) => renderHtml(parseReportMarkdown(layout, new Map(Object.entries(fragments))), { language: 'en-GB', title: 'T', description: 'D' });

describe("the data's Markdown texts in the tree", () => {
  it('keep their own footnotes: two updates that both write [^1] show both notes', () => {
    const page = html({ first: 'Staffing improved.[^1]\n\n[^1]: Figures from July.', second: 'Budget agreed.[^1]\n\n[^1]: Set by the Panel.' });
    expect(page).toContain('Figures from July.');
    expect(page).toContain('Set by the Panel.');
    expect(page.match(/<li id="user-content-fn-/g)).toHaveLength(2);
  });

  it('keep their own footnotes in the docx too', async () => {
    const tree = parseReportMarkdown(layout, new Map([['first', 'Staffing improved.[^1]\n\n[^1]: Figures from July.'], ['second', 'Budget agreed.[^1]\n\n[^1]: Set by the Panel.']]));
    const options = { title: 'T', subject: 'S', creator: 'C', language: 'en-GB', pageLabel: 'Page {page} of {pages}', timestamp: new Date('2023-10-02T00:00:00Z') };
    const footnotes = strFromU8(unzipSync(await renderDocx(tree, options))['word/footnotes.xml']!);
    expect(footnotes).toContain('Figures from July.');
    expect(footnotes).toContain('Set by the Panel.');
  });

  it('are never read as directives: a text that looks like one is shown as written', () => {
    const tree = parseReportMarkdown(layout, new Map([['first', '::markdown{of="second"}\n\n:::table\n\nA ratio of 3:rest.'], ['second', 'Second.']]));
    const page = renderHtml(tree, { language: 'en-GB', title: 'T', description: 'D' });
    expect(page).toContain('::markdown{of="second"}');
    expect(page).toContain(':::table');
    expect(page).toContain('A ratio of 3:rest.');
    expect(page.match(/Second\./g)).toHaveLength(1);
    expect(writeMarkdown(tree)).toContain('A ratio of 3:rest.');
  });

  it('keep their raw HTML as text, in every writer', () => {
    const tree = parseReportMarkdown(layout, new Map([['first', 'Progress <b onclick="x()">made</b>.'], ['second', '<div>\nblock\n</div>']]));
    const page = renderHtml(tree, { language: 'en-GB', title: 'T', description: 'D' });
    expect(page).not.toMatch(/<b onclick|<div>/);
    expect(page).toContain('&#x3C;b onclick="x()">made&#x3C;/b>');
    const markdown = writeMarkdown(tree);
    expect(markdown).toContain('\\<b onclick="x()">made\\</b>');
    expect(markdown).not.toMatch(/^<div>/m);
  });
});
