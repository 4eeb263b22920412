import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../problems/index.js';
import { decodeText } from './decode-text.js';
import type { SourceFile } from './source-file.js';

export interface YamlFileResult {
  readonly source?: SourceFile;
  /** The plain data, when the file parsed. */
  readonly value?: unknown;
  readonly problems: Problem[];
}

/** Aliases expand to at most this many nodes: stops "billion laughs" files. */
const MAX_ALIAS_COUNT = 1000;

/** Parses a YAML file's bytes; never throws for a user's mistake. */
export function parseYamlFile(displayPath: string, bytes: Uint8Array): YamlFileResult {
  const decoded = decodeText(displayPath, bytes);
  if ('problem' in decoded) return { problems: [decoded.problem] };

  const lineCounter = new LineCounter();
  const document = parseDocument(decoded.text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const source: SourceFile = { path: displayPath, document, lineCounter };
  const problems: Problem[] = document.errors.map((error) => {
    const position = error.linePos?.[0] ?? { line: 1, col: 1 };
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      file: displayPath,
      line: position.line,
      column: position.col,
      severity: 'error',
      code: duplicate ? 'duplicate-key' : 'yaml-syntax',
      message: firstLine(error.message),
      hint: duplicate
        ? 'a field may appear only once in a map: remove or rename one of them'
        : 'check the indentation and quoting near this line; text containing ": " or starting with a special character needs quotes',
    };
  });
  if (problems.length > 0) return { source, problems };

  try {
    return { source, value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), problems };
  } catch (error) {
    return {
      source,
      problems: [
        {
          file: displayPath,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'yaml-syntax',
          message: firstLine((error as Error).message),
          hint: 'write the values out instead of using many YAML aliases (*name)',
        },
      ],
    };
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
