import { describe, expect, it } from 'vitest';
import { bookmarkName } from '../../src/render/docx/bookmark-name.js';
import { collectBookmarks } from '../../src/render/docx/bookmarks.js';
import { parseReportMarkdown } from '../../src/render/markdown/parse-report-markdown.js';

const WORD_BOOKMARK = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

describe('bookmark names', () => {
  it('are valid Word bookmark names, readable and stable', () => {
    const name = bookmarkName('17a--set-the-strategic-direction-and-objectives-of-the-force');
    expect(name).toMatch(WORD_BOOKMARK);
    expect(name.startsWith('h_17a_set_the_strategic_dire')).toBe(true);
    expect(bookmarkName('17a--set-the-strategic-direction-and-objectives-of-the-force')).toBe(name);
  });

  it('fold Welsh letters to ASCII and keep ids that share a prefix apart', () => {
    expect(bookmarkName('crynodeb-ŵyl-â')).toMatch(/^h_crynodeb_wyl_a_[0-9a-f]{8}$/);
    const long = 'blaenoriaeth-1-cadw-cymunedau-yn-ddiogel';
    expect(bookmarkName(`${long}-a`)).not.toBe(bookmarkName(`${long}-b`));
    expect(bookmarkName('---')).toMatch(WORD_BOOKMARK);
  });

  it('are numbered in document order, one per heading id, shared by links', () => {
    const tree = parseReportMarkdown('# Report\n\n## Summary\n\n## Summary\n\n### Crynodeb Gweithredol\n');
    const bookmarks = collectBookmarks(tree);
    expect([...bookmarks.keys()]).toEqual(['report', 'summary', 'summary-1', 'crynodeb-gweithredol']);
    expect([...bookmarks.values()].map((bookmark) => bookmark.id)).toEqual([1, 2, 3, 4]);
    const names = [...bookmarks.values()].map((bookmark) => bookmark.name);
    expect(new Set(names).size).toBe(4);
    for (const name of names) expect(name).toMatch(WORD_BOOKMARK);
  });
});
