import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editYamlInPlace, type MapEntry } from '../../src/translate/edit-yaml-in-place.js';

/** What import writes: the Welsh in the English's style, and its hash after it. */
function welsh(value: string, hash = '0badc0de'): MapEntry[] {
  return [
    { key: 'cy', value, after: 'en', like: 'en' },
    { key: 'cy_source', value: hash, after: 'cy' },
  ];
}

describe('editYamlInPlace', () => {
  it('adds a block Welsh after a block English, keeping the blank line and comment after it', () => {
    const before = [
      '# top comment',
      'actions:',
      '  - id: a   # the id',
      '    update:',
      '      en: |',
      '        First line.',
      '',
      '        Second paragraph.',
      '',
      '  # between actions',
      '  - id: b',
      '',
    ].join('\n');
    const after = editYamlInPlace(before, [{ path: ['actions', 0, 'update'], entries: welsh('Llinell gyntaf.\n\nAil baragraff.\n') }]);
    expect(after).toBe(
      [
        '# top comment',
        'actions:',
        '  - id: a   # the id',
        '    update:',
        '      en: |',
        '        First line.',
        '',
        '        Second paragraph.',
        '      cy: |',
        '        Llinell gyntaf.',
        '',
        '        Ail baragraff.',
        '      cy_source: 0badc0de',
        '',
        '  # between actions',
        '  - id: b',
        '',
      ].join('\n'),
    );
  });

  it('replaces Welsh and its hash in place, keeping their comments', () => {
    const before = 'title:\n  en: Plain English   # en comment\n  cy: Hen Gymraeg  # cy comment\n  cy_source: 00000000\nnext: 1\n';
    const after = editYamlInPlace(before, [{ path: ['title'], entries: welsh("Cymraeg newydd: y Comisiynydd's") }]);
    expect(after).toBe(
      'title:\n  en: Plain English   # en comment\n  cy: "Cymraeg newydd: y Comisiynydd\'s"  # cy comment\n  cy_source: 0badc0de\nnext: 1\n',
    );
  });

  it('fills an empty `cy:` followed by a shallower key', () => {
    const before = 'a:\n  - t:\n      en: English\n      cy:\n    rag: red\n';
    const after = editYamlInPlace(before, [{ path: ['a', 0, 't'], entries: welsh('Cymraeg') }]);
    expect(after).toBe('a:\n  - t:\n      en: English\n      cy: Cymraeg\n      cy_source: 0badc0de\n    rag: red\n');
  });

  it('fills an empty `cy:` with a block when the English is a block', () => {
    const before = 't:\n  en: |\n    English\n  cy:\nrag: red\n';
    const after = editYamlInPlace(before, [{ path: ['t'], entries: welsh('Cymraeg\n') }]);
    expect(after).toBe('t:\n  en: |\n    English\n  cy: |\n    Cymraeg\n  cy_source: 0badc0de\nrag: red\n');
  });

  it('writes into flow maps on their line', () => {
    const before = 'scale:\n  red: { label: { en: Red }, colour: "#FF0000" }\n  amber: { label: { en: Amber, cy: Amber }, colour: "#FFC000" }\n';
    const after = editYamlInPlace(before, [
      { path: ['scale', 'red', 'label'], entries: welsh('Coch') },
      { path: ['scale', 'amber', 'label'], entries: welsh('Ambr', '12345678') },
    ]);
    expect(after).toBe(
      'scale:\n  red: { label: { en: Red, cy: Coch, cy_source: 0badc0de }, colour: "#FF0000" }\n' +
        '  amber: { label: { en: Amber, cy: Ambr, cy_source: "12345678" }, colour: "#FFC000" }\n',
    );
  });

  it('turns a multi-line Welsh into a block when the English is plain, and quotes values YAML would misread', () => {
    const before = 'a:\n  en: One line\nb:\n  en: Forty two\n';
    const after = editYamlInPlace(before, [
      { path: ['a'], entries: welsh('Llinell un\nLlinell dau') },
      { path: ['b'], entries: welsh('42') },
    ]);
    expect(after).toBe('a:\n  en: One line\n  cy: |-\n    Llinell un\n    Llinell dau\n  cy_source: 0badc0de\nb:\n  en: Forty two\n  cy: "42"\n  cy_source: 0badc0de\n');
    expect(parse(after)).toEqual({
      a: { en: 'One line', cy: 'Llinell un\nLlinell dau', cy_source: '0badc0de' },
      b: { en: 'Forty two', cy: '42', cy_source: '0badc0de' },
    });
  });

  it('keeps CRLF line breaks and a byte-order mark', () => {
    const before = '\uFEFFt:\r\n  en: |\r\n    English\r\n  # note\r\nu: 1\r\n';
    const after = editYamlInPlace(before, [{ path: ['t'], entries: welsh('Cymraeg\n') }]);
    expect(after).toBe('\uFEFFt:\r\n  en: |\r\n    English\r\n  cy: |\r\n    Cymraeg\r\n  cy_source: 0badc0de\r\n  # note\r\nu: 1\r\n');
  });

  it('writes at the end of a file without a final line break', () => {
    const after = editYamlInPlace('t:\n  en: English', [{ path: ['t'], entries: welsh('Cymraeg') }]);
    expect(after).toBe('t:\n  en: English\n  cy: Cymraeg\n  cy_source: 0badc0de\n');
  });

  it('keeps the English block style and indentation, folded or literal', () => {
    const before = 't:\n    en: >\n        Folded English\n        text.\n';
    const after = editYamlInPlace(before, [{ path: ['t'], entries: welsh('Testun\nplyg.\n') }]);
    expect(parse(after).t.cy).toBe('Testun\nplyg.\n');
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^ {4}cy: >\n {8}Testun\n/);
  });

  it('writes into a map that is a list item', () => {
    const before = 'items:\n  - en: English\n  - en: Other\n';
    const after = editYamlInPlace(before, [{ path: ['items', 0], entries: welsh('Cymraeg') }]);
    expect(after).toBe('items:\n  - en: English\n    cy: Cymraeg\n    cy_source: 0badc0de\n  - en: Other\n');
  });

  it('refuses an alias rather than changing every place it stands for', () => {
    expect(() => editYamlInPlace('a: &x { en: E }\nb: *x\n', [{ path: ['b'], entries: welsh('C') }])).toThrow(/alias/);
  });
});
