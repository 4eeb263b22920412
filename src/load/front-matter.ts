import { createRequire } from 'node:module';

export interface FrontMatter {
  /** The text after the front matter. */
  readonly content: string;
  readonly data: Record<string, unknown>;
}

type Matter = (text: string, options: object) => { content: string; data: Record<string, unknown> };

const require = createRequire(import.meta.url);
let matter: Matter | undefined;

/**
 * Splits a Markdown file's front matter (YAML between `---` lines at its top)
 * from its content, with gray-matter. gray-matter brings js-yaml and esprima,
 * a tenth of a validate run, so it is loaded only for a file that starts with
 * `---`, which is when gray-matter would look for front matter at all.
 * Throws gray-matter's error (with its `mark`) when the front matter is not YAML.
 */
export function splitFrontMatter(text: string): FrontMatter {
  if (!text.startsWith('---')) return { content: text, data: {} };
  matter ??= require('gray-matter') as Matter;
  // gray-matter caches by content; a fresh options object stops it.
  return matter(text, {});
}
