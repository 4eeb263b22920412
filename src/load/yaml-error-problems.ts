import type { LineCounter, YAMLError } from 'yaml';
import { problem, type Problem } from '../problems/index.js';

/** Most often an apostrophe inside '...', as in 'Mae'r cynllun'. */
const TEXT_AFTER_QUOTE = {
  message: 'more text follows a quoted text that has already ended',
  hint: "an apostrophe inside '...' is written twice ('Mae''r'); or quote the text with \"...\" instead",
};

/** What the parser's codes mean to someone editing a report; other codes keep the parser's own message. */
const EXPLAINED: Partial<Record<YAMLError['code'], { message: string; hint: string }>> = {
  TAB_AS_INDENT: {
    message: 'a tab is used for indentation',
    hint: 'indent with spaces only: YAML does not allow tabs (most editors can convert tabs to spaces)',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'this text contains ": " and so reads as a nested field',
    hint: 'put the whole text in double quotes ("..."), or write it on the lines below a `|`',
  },
  MULTIPLE_DOCS: {
    message: 'a line "---" starts a second YAML document here, but a data file holds only one',
    hint: 'remove the --- line, or the whole second document if it does not belong',
  },
  BAD_INDENT: {
    message: 'the indentation here does not match the lines around it',
    hint: 'fields of the same map start in the same column; indent with spaces',
  },
};

/** The parser's errors as problems at their own positions: one per line, as later errors on a line follow from the first. */
export function yamlErrorProblems(file: string, text: string, errors: readonly YAMLError[], lineCounter: LineCounter): Problem[] {
  const problems: Problem[] = [];
  const lines = new Set<number>();
  for (const error of errors) {
    const offset = errorOffset(text, error);
    // Positions come from the LineCounter: prettyErrors would also paste the source into the message.
    const position = offset >= 0 ? lineCounter.linePos(offset) : { line: 1, col: 1 };
    if (lines.has(position.line)) continue;
    lines.add(position.line);
    const place = { file, line: position.line, column: position.col };
    if (error.code === 'DUPLICATE_KEY') {
      problems.push(problem('duplicate-key', place, { key: keyAt(text, offset) }));
      continue;
    }
    const explained = explain(error);
    problems.push(problem('yaml-syntax', place, explained ?? { message: error.message.split('\n')[0]!.trim() }));
  }
  return problems;
}

function explain(error: YAMLError): { message: string; hint: string } | undefined {
  const quote = unclosedQuoteMark(error);
  if (quote) return unclosedQuote(quote);
  const bracket = unclosedBracket(error);
  if (bracket) return UNCLOSED_BRACKET[bracket];
  if (error.message.startsWith('Unexpected scalar at node end')) return TEXT_AFTER_QUOTE;
  return EXPLAINED[error.code];
}

/** The key written at `offset`, e.g. `rag` in `rag: green`. */
function keyAt(text: string, offset: number): string {
  return (/^[^:\n]*/.exec(text.slice(offset))?.[0] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
}

/**
 * Where the mistake is for the reader: an unclosed quote at its opening mark
 * (the parser reports the end of the file), and a position in the indentation
 * at the first character of the line.
 */
function errorOffset(text: string, error: YAMLError): number {
  const offset = error.pos[0];
  const opening = unclosedQuoteMark(error) ?? unclosedBracket(error);
  if (opening) return text.lastIndexOf(opening, offset - 1);
  const indentation = /^[ \t]+/.exec(text.slice(offset))?.[0].length ?? 0;
  const atLineStart = offset === 0 || text[offset - 1] === '\n';
  return atLineStart && error.code !== 'TAB_AS_INDENT' ? offset + indentation : offset;
}

function unclosedQuoteMark(error: YAMLError): string | undefined {
  return /^Missing closing (["'])/.exec(error.message)?.[1];
}

/**
 * A [list] or {map} written on one line whose closing bracket the parser did
 * not find where it must be: missing, or on a line indented less than the key.
 * The parser reports the line after; the reader wants the opening bracket.
 */
function unclosedBracket(error: YAMLError): '[' | '{' | undefined {
  const closing = /^Flow (?:sequence|map) in block collection must be sufficiently indented and end with a ([\]}])/.exec(error.message)?.[1];
  return closing === ']' ? '[' : closing === '}' ? '{' : undefined;
}

const UNCLOSED_BRACKET = {
  '[': {
    message: 'this list opens with [ but does not end with ] on the same line',
    hint: 'close it with ], e.g. [s1, s2]; or write one item a line, each starting with "- "',
  },
  '{': {
    message: 'this map opens with { but does not end with } on the same line',
    hint: 'close it with }, e.g. { en: Red, cy: Coch }; or write one field a line below the key',
  },
};

function unclosedQuote(quote: string): { message: string; hint: string } {
  return {
    message: `this text opens with ${quote} but is never closed`,
    hint: `end the text with ${quote}; ${quote === '"' ? 'write \\" for a quote mark inside it' : "write '' for an apostrophe inside it"}`,
  };
}
