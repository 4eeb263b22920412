/**
 * `Iterator.prototype.reduce` for Node 20, which lacks the iterator helpers
 * (they arrived in Node 22). remark-docx 0.3.29 collects footnotes with
 * `map.entries().reduce(...)`, so without this every docx render throws.
 * Only `reduce` is added, and only where it is missing.
 */

type Reducer = (accumulator: unknown, value: unknown, counter: number) => unknown;

const iteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())) as object;

/** Spec-like `reduce`: the first value seeds the accumulator when no initial value is given. */
export const iteratorReduce = {
  reduce(this: Iterator<unknown>, reducer: Reducer, ...initial: [unknown?]): unknown {
    if (Object(this) !== this) throw new TypeError('Iterator.prototype.reduce called on a non-object');
    if (typeof reducer !== 'function') {
      closeIterator(this);
      throw new TypeError(`${String(reducer)} is not a function`);
    }
    const next = this.next;
    let accumulator: unknown;
    let counter = 0;
    if (initial.length === 0) {
      const first = next.call(this);
      if (first.done) throw new TypeError('Reduce of empty iterator with no initial value');
      accumulator = first.value;
      counter = 1;
    } else {
      accumulator = initial[0];
    }
    for (let step = next.call(this); !step.done; step = next.call(this), counter++) {
      try {
        accumulator = reducer(accumulator, step.value, counter);
      } catch (error) {
        closeIterator(this);
        throw error;
      }
    }
    return accumulator;
  },
}.reduce;

/** IteratorClose on an abrupt completion: the original error wins over one from `return`. */
function closeIterator(iterator: Iterator<unknown>): void {
  try {
    iterator.return?.();
  } catch {
    // The reducer's error is the one to report.
  }
}

/** Installs `reduce` on %IteratorPrototype% when the runtime has none; true if it did. */
export function installIteratorReduce(): boolean {
  if ('reduce' in iteratorPrototype) return false;
  Object.defineProperty(iteratorPrototype, 'reduce', { value: iteratorReduce, writable: true, enumerable: false, configurable: true });
  return true;
}

installIteratorReduce();
