import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { handlebarsFault } from '../../src/templates/handlebars-fault.js';

const thrown = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('it did not throw');
};

describe('a Handlebars error, read for a problem', () => {
  it('names the missing field of a strict template, with its line and 1-based column', () => {
    const error = thrown(() => Handlebars.compile('Title\n  {{subtitel}}', { strict: true })({ subtitle: 'x' }));
    expect(handlebarsFault(error)).toEqual({ missingField: 'subtitel', line: 2, column: 5, message: '"subtitel" not defined in [object Object]' });
  });

  it('gives a parse error its line and what was expected, on one line', () => {
    const fault = handlebarsFault(thrown(() => Handlebars.parse('a\n{{#if logo}\nb')));
    expect(fault.line).toBe(2);
    // The first of Handlebars' long list of expected tokens is enough to read.
    expect(fault.message).toBe("Parse error on line 2: Expecting 'CLOSE_RAW_BLOCK', 'CLOSE', 'CLOSE_UNESCAPED', …, got 'INVALID'");
  });
});
