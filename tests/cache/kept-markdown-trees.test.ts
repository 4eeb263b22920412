import { describe, expect, it } from 'vitest';
import { openCacheStore } from '../../src/cache/cache-store.js';
import { keptMarkdownTrees } from '../../src/cache/kept-markdown-trees.js';
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
    const sample = sampleQuarter('policing-protocol');
    const input = { ...sample, locale: loadLocale('en'), draft: false, narrative: undefined, charts: [] };

    const firstRender = keptMarkdownTrees(store, 'tool 1', 'policing-protocol en');
    const first = reportTree(input, { parse: firstRender.wrap(counting) });
    firstRender.save();
    expect(parsed.length).toBeGreaterThan(50);
    expect(first).toEqual(reportTree(input));

    const action = sample.current.sections[2]!.actions[0]!;
    const edited = { ...action, update: { ...action.update, en: 'Edited: the framework was **agreed** in September.' } };
    const sections = sample.current.sections.map((section, index) => (index === 2 ? { ...section, actions: [edited, ...section.actions.slice(1)] } : section));
    const editedInput = { ...input, current: { ...sample.current, sections } };
    parsed.length = 0;
    const second = reportTree(editedInput, { parse: keptMarkdownTrees(store, 'tool 1', 'policing-protocol en').wrap(counting) });
    expect(parsed).toEqual(['Edited: the framework was **agreed** in September.']);
    expect(second).toEqual(reportTree(editedInput));
  });

  it('keeps nothing across tool versions, and gives each use a tree of its own', () => {
    const store = openCacheStore(temporaryFolder());
    let calls = 0;
    const counting: ParseMarkdown = (text, dialect) => (calls++, parseMarkdown(text, dialect));
    const render = (tool: string) => {
      const trees = keptMarkdownTrees(store, tool, 'a report');
      const tree = trees.wrap(counting)('Some *text*.', 'data');
      trees.save();
      return tree;
    };
    render('tool 1').children.length = 0;
    expect(render('tool 1')).toEqual(parseMarkdown('Some *text*.', 'data'));
    render('tool 2');
    expect(calls).toBe(2);
  });
});
