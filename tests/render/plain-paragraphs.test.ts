import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { plainParagraphs } from '../../src/render/markdown/parse-markdown.js';

const micromark = unified().use(remarkParse).use(remarkGfm);

/** micromark's tree without positions: what the writers read. */
function parsed(text: string): unknown {
  return JSON.parse(JSON.stringify(micromark.parse(text), (key, value) => (key === 'position' ? undefined : value)));
}

/** Prose, and every character and line start that could make it Markdown. */
const pieces = ['a', 'b', 'Wales', ' ', ' ', '\n', '\n\n', '.', ',', '-', '+', '=', '1', '2', ')', ':', "'", '’', 'é', '*', '_', '<', '>', '@', '#', '\t', '|', '~', '`', '[', ']', '!', '&', '\\', 'www.', 'http://x.org', '  \n', '    '];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(''));

describe('plain prose, read without micromark', () => {
  it('gives the tree micromark gives, whenever it reads a text at all', () => {
    let read = 0;
    fc.assert(
      fc.property(text, (sample) => {
        const tree = plainParagraphs(sample);
        if (tree === undefined) return;
        read++;
        expect(tree).toEqual(parsed(sample));
      }),
      { numRuns: 20_000, seed: Number(process.env.FUZZ_SEED ?? 1729) },
    );
    // The property says something only if many texts were read this way.
    expect(read).toBeGreaterThan(500);
  });

  it('reads an update of several paragraphs, and leaves any markup to micromark', () => {
    const update = 'Work continued this quarter (July to September).\nThe Panel was told on 4 October: progress is 75% complete.\n\nNext: the review.';
    expect(plainParagraphs(update)).toEqual(parsed(update));
    for (const marked of ['A **bold** word.', 'See www.example.org.', '- a list', '1. first', 'Mail a@b.cy', 'Text  \nbroken', '<b>x</b>', '# heading']) {
      expect(plainParagraphs(marked), marked).toBeUndefined();
    }
  });
});
