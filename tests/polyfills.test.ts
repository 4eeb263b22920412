import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { installIteratorReduce, iteratorReduce } from '../src/polyfills/iterator-reduce.js';
import { renderDocx } from '../src/render/docx/index.js';
import { parseReportMarkdown } from '../src/render/markdown/parse-report-markdown.js';

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const nativeHelpers = Number(process.versions.node.split('.')[0]) >= 22;
type Reduce = (this: Iterator<unknown>, reducer: (...args: any[]) => unknown, ...initial: unknown[]) => unknown;
const reduce = iteratorReduce as Reduce;

/** An iterator over `values` that records whether it was closed. */
function tracked(values: unknown[]) {
  const state = { closed: false };
  const inner = values[Symbol.iterator]();
  const iterator: Iterator<unknown> = { next: () => inner.next(), return: () => ((state.closed = true), { done: true, value: undefined }) };
  return { iterator, state };
}

describe('Iterator.prototype.reduce polyfill', () => {
  it('is installed on %IteratorPrototype%, non-enumerable, only where the runtime lacks it', () => {
    const descriptor = Object.getOwnPropertyDescriptor(iteratorPrototype, 'reduce')!;
    expect(descriptor).toMatchObject({ enumerable: false, writable: true, configurable: true });
    expect(descriptor.value === iteratorReduce).toBe(!nativeHelpers);
    expect(installIteratorReduce()).toBe(false);
    expect(iteratorPrototype.reduce).toBe(descriptor.value);
    expect(Object.keys(iteratorPrototype)).not.toContain('reduce');
  });

  it('reduces a Map’s entries as remark-docx does', () => {
    const map = new Map([[1, 'a'], [2, 'b']]);
    const reduced = (map.entries() as unknown as { reduce: Reduce }).reduce((all: Record<number, string>, [key, value]: [number, string]) => ((all[key] = value), all), {});
    expect(reduced).toEqual({ 1: 'a', 2: 'b' });
  });

  it('seeds the accumulator with the first value when no initial value is given', () => {
    const calls: unknown[][] = [];
    const sum = reduce.call([1, 2, 3].values(), (total: number, value: number, counter: number) => (calls.push([total, value, counter]), total + value));
    expect(sum).toBe(6);
    expect(calls).toEqual([[1, 2, 1], [3, 3, 2]]);
    expect(reduce.call([].values(), () => 0, 'start')).toBe('start');
    expect(reduce.call([undefined].values(), (total: unknown) => total, undefined)).toBeUndefined();
  });

  it('passes counters from 0 with an initial value', () => {
    const counters: number[] = [];
    reduce.call(['a', 'b'].values(), (_: unknown, __: unknown, counter: number) => counters.push(counter), 0);
    expect(counters).toEqual([0, 1]);
  });

  it('throws a TypeError for an empty iterator without an initial value', () => {
    expect(() => reduce.call([].values(), () => 0)).toThrow(TypeError);
  });

  it('throws a TypeError for a reducer that is not callable, closing the iterator', () => {
    const { iterator, state } = tracked([1]);
    expect(() => reduce.call(iterator, 'nope' as never)).toThrow(TypeError);
    expect(state.closed).toBe(true);
  });

  it('closes the iterator and rethrows when the reducer throws', () => {
    const { iterator, state } = tracked([1, 2, 3]);
    expect(() => reduce.call(iterator, () => { throw new RangeError('stop'); }, 0)).toThrow(RangeError);
    expect(state.closed).toBe(true);
  });

  it('lets a docx with a footnote render on this Node', async () => {
    const tree = parseReportMarkdown('The plan was published.[^1]\n\n[^1]: In July 2023.\n');
    const bytes = await renderDocx(tree, { title: 'T', subject: 'S', creator: 'C', language: 'en-GB', pageLabel: 'Page {page} of {pages}', timestamp: new Date('2023-10-02T09:30:00Z') });
    const footnotes = await (await JSZip.loadAsync(bytes)).file('word/footnotes.xml')!.async('string');
    expect(footnotes).toContain('In July 2023.');
  });
});
