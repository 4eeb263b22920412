import { expect, test } from 'vitest';
import { rememberedYaml } from '../../src/preview/remembered-yaml.js';

test('a file is parsed again only when its bytes change', () => {
  const parse = rememberedYaml();
  const first = parse('data/r/2023Q2/a.yaml', Buffer.from('section: a\n'));
  expect(first.value).toEqual({ section: 'a' });
  expect(parse('data/r/2023Q2/a.yaml', Buffer.from('section: a\n'))).toBe(first);
  const saved = parse('data/r/2023Q2/a.yaml', Buffer.from('section: b\n'));
  expect(saved.value).toEqual({ section: 'b' });
  // Half-saved: the problem is reported, and the next whole save parses afresh.
  expect(parse('data/r/2023Q2/a.yaml', Buffer.from('section: [b\n')).problems[0]?.code).toBe('yaml-syntax');
  expect(parse('data/r/2023Q2/a.yaml', Buffer.from('section: b\n')).value).toEqual({ section: 'b' });
});
