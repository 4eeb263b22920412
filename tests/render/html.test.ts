import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html/render-html.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';

const hostileUpdate = [
  'Progress <script>alert("x")</script> was made.',
  '',
  '<img src="x" onerror="alert(1)">',
  '',
  '<script>',
  'document.cookie',
  '</script>',
  '',
  '</td></tr></table><script>alert(2)</script>',
].join('\n');

function page(update: string): string {
  const markdown = [
    ':::::table{.actions}',
    '::::row',
    '::th[Action Required]',
    '::th[RAG]',
    '::th[Progress Update]',
    '::::',
    '::::row',
    '::td[An action]',
    '::td[Amber]{rag="amber" colour="#FFC000"}',
    ':::td',
    '::markdown{of="update"}',
    ':::',
    '::::',
    ':::::',
  ].join('\n');
  // The update is a text of the data: parsed on its own and put into the tree, as a build does.
  return renderHtml(parseReportMarkdown(markdown, new Map([['update', update]])), { language: 'cy-GB', title: 'T', description: 'D' });
}

describe('the HTML page', () => {
  it('never lets an update run script, and keeps the hostile text readable', () => {
    const html = page(hostileUpdate);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // onerror= may stand in the text, shown to the reader; never inside a tag.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).toContain('&#x3C;script>alert("x")&#x3C;/script>');
    // The injected closing tags did not end the table early: one table, one data row.
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html.match(/<tr>/g)).toHaveLength(2);
  });

  it('marks the language, header scopes, and the rating as word plus colour', () => {
    const html = page('Fine.');
    expect(html).toContain('<html lang="cy-GB">');
    expect(html).toContain('<th scope="col">RAG</th>');
    expect(html).toMatch(/<td class="rag rag-amber" style="background-color:#FFC000;color:#000000">Amber<\/td>/);
    expect(html).toContain('@media print');
  });
});
