/** What a Handlebars error says, for a problem: where (1-based; undefined when it does not say) and what. */
export interface HandlebarsFault {
  readonly line?: number;
  readonly column?: number;
  /** The field a strict template looked up and did not find, if that is the fault. */
  readonly missingField?: string;
  /** The fault on one line: "Parse error on line 2: Expecting 'CLOSE', got 'EOF'". */
  readonly message: string;
}

/**
 * Reads a Handlebars error: a strict lookup's `"name" not defined in … - 2:4`
 * (its line and 0-based column), or a parse error's `Parse error on line 2:`
 * followed by the text and, on its last line, what was expected.
 */
export function handlebarsFault(error: unknown): HandlebarsFault {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n');
  const first = lines[0]!;
  const lookup = /^"([^"]+)" not defined in .* - (\d+):(\d+)$/.exec(first);
  if (lookup) return { missingField: lookup[1], line: Number(lookup[2]), column: Number(lookup[3]) + 1, message: first.replace(/ - \d+:\d+$/, '') };
  const parse = /^Parse error on line (\d+):$/.exec(first);
  if (parse) return { line: Number(parse[1]), message: `${first} ${shortened(lines.at(-1)!.trim())}` };
  const at = / - (\d+):(\d+)$/.exec(first);
  return at ? { line: Number(at[1]), column: Number(at[2]) + 1, message: first.replace(/ - \d+:\d+$/, '') } : { message: first };
}

/** "Expecting 'CLOSE', 'ID', … 14 more, got 'INVALID'": the first of a long list of tokens is enough to read. */
function shortened(expecting: string): string {
  const match = /^Expecting (.*), got (.*)$/.exec(expecting);
  if (!match) return expecting;
  const tokens = match[1]!.split(', ');
  return `Expecting ${tokens.slice(0, 3).join(', ')}${tokens.length > 3 ? ', …' : ''}, got ${match[2]}`;
}
