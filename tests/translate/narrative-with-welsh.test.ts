import { describe, expect, it } from 'vitest';
import { narrativeWithWelsh } from '../../src/translate/narrative-with-welsh.js';

describe('narrativeWithWelsh', () => {
  it('starts a new file with the hash in front matter, quoted for YAML 1.1 readers', () => {
    expect(narrativeWithWelsh(undefined, 'Testun.\n\n', '01234567')).toBe('---\ncy_source: "01234567"\n---\nTestun.\n');
  });

  it('keeps the rest of an existing front matter, and its comments', () => {
    const existing = '---\n# set by the editor\ntitle: Crynodeb\ncy_source: "00000000"\n---\nHen destun.\n';
    expect(narrativeWithWelsh(existing, 'Testun newydd.', '0badc0de')).toBe('---\n# set by the editor\ntitle: Crynodeb\ncy_source: "0badc0de"\n---\nTestun newydd.\n');
  });

  it('adds the hash to a front matter without one, keeping CRLF', () => {
    expect(narrativeWithWelsh('---\r\ntitle: Crynodeb\r\n---\r\nHen.\r\n', 'Un\nDau', '0badc0de')).toBe(
      '---\r\ntitle: Crynodeb\r\ncy_source: "0badc0de"\r\n---\r\nUn\r\nDau\r\n',
    );
  });
});
