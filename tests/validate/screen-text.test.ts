import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { screenText, treeFindings } from '../../src/validate/check-markdown-text.js';
import { textTools } from '../../src/validate/text-tools.js';

// The quick look at a text decides whether its Markdown is parsed at all: a text
// it lets through unparsed must be one whose parsed Markdown holds no image, no
// link of another scheme and no nesting too deep. Texts are made of the pieces
// Markdown's links, images, autolinks and definitions are made of.
const PIECES = ['[', ']', '(', ')', '](', ']: ', '![', '<', '>', ':', 'javascript:', '!', '*', '_', '~', ' ', '\n', '\t', '    ', '> ', '- ', '1. ', 'a', 'x', '@', '.', '\\', '`', '"', '^', '&#91;', 'javascript', 'data:', 'mailto:', 'xmpp:', 'http', 'www.', 'é'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((pieces) => pieces.join(''));

describe('the quick look at a text', () => {
  it('parses every text whose Markdown could hold a problem', () => {
    fc.assert(
      fc.property(text, (content) => {
        const screened = screenText(content, { markdown: true });
        if (screened.needsTree) return;
        expect(treeFindings(textTools.parseMarkdown(content), content)).toEqual([]);
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves prose with brackets and < unparsed, and parses links, images, definitions and autolinks', () => {
    for (const prose of ['The [draft] plan.', 'Fewer than <5% of calls.', 'A [b] (c) and d: e.', '<br> a < b']) {
      expect(screenText(prose, { markdown: true }).needsTree, prose).toBe(false);
    }
    for (const markup of ['[a](javascript:x)', '![a](b.png)', '[a]: data:x', '<javascript:alert(1)>', '![a]']) {
      expect(screenText(markup, { markdown: true }).needsTree, markup).toBe(true);
    }
  });
});
