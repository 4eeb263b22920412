import { expect, test } from 'vitest';
import { parseMarkdown, type ParseMarkdown } from '../../src/render/markdown/parse-markdown.js';
import { rememberedMarkdown } from '../../src/preview/remembered-markdown.js';

test('a text is parsed once, and each caller may change its own copy of the tree', () => {
  const parsed: string[] = [];
  const parse = rememberedMarkdown()(((text, dialect) => (parsed.push(text), parseMarkdown(text, dialect))) as ParseMarkdown);
  const first = parse('An *update*.', 'data');
  first.children.length = 0;
  const second = parse('An *update*.', 'data');
  expect(second).toEqual(parseMarkdown('An *update*.', 'data'));
  parse('Another update.', 'data');
  parse('An *update*.', 'template');
  expect(parsed).toEqual(['An *update*.', 'Another update.', 'An *update*.']);
});
