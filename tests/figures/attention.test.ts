import { describe, expect, it } from 'vitest';
import { attentionRule, sectionsNeedingAttention } from '../../src/figures/index.js';
import { definition, sections } from './fixtures.js';

const RAG = ['red', 'amber', 'green'];

describe('attentionRule', () => {
  it('defaults to: every rating but the best is a concern, share 0.5, always the worst', () => {
    expect(attentionRule(definition(RAG))).toEqual({ ratings: ['red', 'amber'], share: 0.5, always: ['red'] });
  });

  it('takes its defaults from the scale, whatever its length', () => {
    expect(attentionRule(definition(['red', 'amber', 'green', 'blue']))).toEqual({
      ratings: ['red', 'amber', 'green'],
      share: 0.5,
      always: ['red'],
    });
    expect(attentionRule(definition(['behind', 'done']))).toEqual({ ratings: ['behind'], share: 0.5, always: ['behind'] });
  });

  it('uses the values report.yaml gives, and the defaults for those it leaves out', () => {
    expect(attentionRule(definition(RAG, { ratings: ['red'], share: 0.75, always: [] }))).toEqual({ ratings: ['red'], share: 0.75, always: [] });
    expect(attentionRule(definition(RAG, { share: 0.25 }))).toEqual({ ratings: ['red', 'amber'], share: 0.25, always: ['red'] });
    expect(attentionRule(definition(RAG, { always: ['amber'] }))).toEqual({ ratings: ['red', 'amber'], share: 0.5, always: ['amber'] });
  });
});

describe('sectionsNeedingAttention', () => {
  const byDefault = attentionRule(definition(RAG));

  it('lists a section whose concern share reaches the rule, with share as a fraction', () => {
    const listed = sectionsNeedingAttention(
      sections({ half: { a: 'amber', b: 'green' }, third: { a: 'amber', b: 'green', c: 'green' }, twoThirds: { a: 'amber', b: 'amber', c: 'green' } }),
      RAG,
      byDefault,
    );
    expect(listed).toEqual([
      { section: 'half', rated: 2, counts: { red: 0, amber: 1, green: 1 }, share: 0.5 },
      { section: 'twoThirds', rated: 3, counts: { red: 0, amber: 2, green: 1 }, share: 2 / 3 },
    ]);
  });

  it('lists a section with any rating in `always`, whatever its share', () => {
    const listed = sectionsNeedingAttention(sections({ s1: { a: 'red', b: 'green', c: 'green', d: 'green', e: 'green' } }), RAG, byDefault);
    expect(listed).toEqual([{ section: 's1', rated: 5, counts: { red: 1, amber: 0, green: 4 }, share: 0.2 }]);
  });

  it('leaves out n/a actions from the share, and never lists a section with nothing rated', () => {
    const listed = sectionsNeedingAttention(sections({ mostlyNa: { a: 'amber', b: 'n/a', c: 'n/a', d: 'green' }, allNa: { a: 'n/a' } }), RAG, byDefault);
    expect(listed).toEqual([{ section: 'mostlyNa', rated: 2, counts: { red: 0, amber: 1, green: 1 }, share: 0.5 }]);
  });

  it('follows explicit values: only red a concern, at three quarters, always amber', () => {
    const rule = attentionRule(definition(RAG, { ratings: ['red'], share: 0.75, always: ['amber'] }));
    const listed = sectionsNeedingAttention(
      sections({
        s1: { a: 'red', b: 'red', c: 'red', d: 'green' }, // 0.75: listed
        s2: { a: 'red', b: 'red', c: 'green' }, // 0.67: not listed
        s3: { a: 'amber', b: 'green' }, // amber: always
        s4: { a: 'green' },
      }),
      RAG,
      rule,
    );
    expect(listed.map(({ section, share }) => ({ section, share }))).toEqual([
      { section: 's1', share: 0.75 },
      { section: 's3', share: 0 },
    ]);
  });

  it('decides on the exact share, not a rounded one', () => {
    const actions = Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [`a${index}`, index < 9_999 ? 'amber' : 'green']));
    // 9999 of 20000 is 0.49995: short of 0.5, however it might be rounded for show.
    expect(sectionsNeedingAttention(sections({ s1: actions }), RAG, byDefault)).toEqual([]);
  });

  it('with share 0 lists every section that has something rated', () => {
    const rule = attentionRule(definition(RAG, { share: 0, always: [] }));
    const listed = sectionsNeedingAttention(sections({ s1: { a: 'green' }, s2: { a: 'n/a' }, s3: { a: 'amber' } }), RAG, rule);
    expect(listed.map((entry) => entry.section)).toEqual(['s1', 's3']);
  });

  it('keeps report order', () => {
    const listed = sectionsNeedingAttention(sections({ z: { a: 'red' }, b: { a: 'green' }, a: { a: 'amber' }, m: { a: 'red' } }), RAG, byDefault);
    expect(listed.map((entry) => entry.section)).toEqual(['z', 'a', 'm']);
  });
});
