import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, YAMLParseError, type Document } from 'yaml';
import { problem, type Problem } from '../problems/index.js';
import { decodeText } from './decode-text.js';
import { expandedLength, MAX_FILE_BYTES, megabytes } from './size-limits.js';
import { yamlErrorProblems } from './yaml-error-problems.js';
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
  // The parser's own duplicate-key check compares each key with every other (minutes for 100,000 keys): ours uses a set.
  const document = parseDocument(decoded.text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  addDuplicateKeyErrors(document);
  const source: SourceFile = { path: displayPath, document, lineCounter };
  const problems = yamlErrorProblems(displayPath, decoded.text, document.errors, lineCounter);
  if (problems.length > 0) return { source, problems };

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return {
      source,
      problems: [
        problem('yaml-syntax', { file: displayPath, line: 1, column: 1 }, {
          message: firstLine((error as Error).message),
          hint: 'write the values out instead of using many YAML aliases (*name)',
        }),
      ],
    };
  }
  // Aliases repeat a text without repeating its bytes: the file is small, the documents would not be.
  if (expandedLength(value, MAX_FILE_BYTES) > MAX_FILE_BYTES) {
    return {
      source,
      problems: [
        problem('too-large', { file: displayPath, line: 1, column: 1 }, {
          message: `with its aliases (*name) written out, the file would be more than ${megabytes(MAX_FILE_BYTES)}`,
          hint: 'write each text once instead of repeating it through YAML aliases',
        }),
      ],
    };
  }
  return { source, value, problems };
}

/** A DUPLICATE_KEY error, as the parser's own check gives it, at every key that repeats an earlier one of its map. */
function addDuplicateKeyErrors(document: Document): void {
  const found: YAMLParseError[] = [];
  // By hand rather than with yaml's visit(), which costs a path array per node: every map, before what it holds, as visit() goes.
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const start = pair.key.range?.[0] ?? 0;
          found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(pair.key.value);
      }
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item);
    } else if (isPair(node)) {
      // The items of !!omap and !!pairs.
      walk(node.key);
      walk(node.value);
    }
  };
  walk(document.contents);
  if (found.length === 0) return;
  document.errors.push(...found.slice(0, 1000));
  document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
