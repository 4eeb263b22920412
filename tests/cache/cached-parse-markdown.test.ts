import { describe, expect, it } from 'vitest';
import { openCacheStore } from '../../src/cache/cache-store.js';
import { cachedParseMarkdown } from '../../src/cache/cached-parse-markdown.js';
import { loadLocale } from '../../src/locale/index.js';
import { parseMarkdown, type ParseMarkdown } from '../../src/render/markdown/parse-markdown.js';
import { reportTree } from '../../src/render/markdown/report-tree.js';
import { sampleQuarter } from '../helpers/sample.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';

describe('the kept trees of parsed Markdown', () => {
  it('after one update is edited, parse only that update again, and give the tree an uncached parse gives', () => {
    const store = openCacheStore(temporaryFolder());
    const parsed: string[] = [];
    const counting: ParseMarkdown = (text, dialect) => {
      parsed.push(text);
      return parseMarkdown(text, dialect);
    };
    const keep = cachedParseMarkdown(store, 'tool 1');
    const sample = sampleQuarter('policing-protocol');
    const input = { ...sample, locale: loadLocale('en'), draft: false, narrative: undefined, charts: [] };

    const first = reportTree(input, { parse: keep(counting) });
    expect(parsed.length).toBeGreaterThan(50);
    expect(first).toEqual(reportTree(input));

    const action = sample.current.sections[2]!.actions[0]!;
    const edited = { ...action, update: { ...action.update, en: 'Edited: the framework was **agreed** in September.' } };
    const sections = sample.current.sections.map((section, index) => (index === 2 ? { ...section, actions: [edited, ...section.actions.slice(1)] } : section));
    const editedInput = { ...input, current: { ...sample.current, sections } };
    parsed.length = 0;
    const second = reportTree(editedInput, { parse: keep(counting) });
    expect(parsed).toEqual(['Edited: the framework was **agreed** in September.']);
    expect(second).toEqual(reportTree(editedInput));
  });

  it('keeps nothing across tool versions', () => {
    const store = openCacheStore(temporaryFolder());
    let calls = 0;
    const counting: ParseMarkdown = (text, dialect) => (calls++, parseMarkdown(text, dialect));
    cachedParseMarkdown(store, 'tool 1')(counting)('Some *text*.', 'data');
    cachedParseMarkdown(store, 'tool 2')(counting)('Some *text*.', 'data');
    cachedParseMarkdown(store, 'tool 2')(counting)('Some *text*.', 'data');
    expect(calls).toBe(2);
  });
});
