import { createRequire } from 'node:module';

export interface FrontMatter {
  /** The text after the front matter. */
  readonly content: string;
  readonly data: Record<string, unknown>;
}

interface Engine {
  parse(text: string): unknown;
}

type Matter = ((text: string, options: { language: string; engines: Record<string, Engine> }) => { content: string; data: Record<string, unknown> }) & {
  readonly engines: { readonly yaml: Engine };
};

const require = createRequire(import.meta.url);
let matter: Matter | undefined;

/** Front matter written in something other than YAML: never parsed, since gray-matter would run `js` as code. */
export class FrontMatterLanguageError extends Error {
  constructor(readonly language: string) {
    super(`the front matter is marked as "${language}", but only YAML is read`);
    this.name = 'FrontMatterLanguageError';
  }
}

const YAML_NAMES = ['', 'yaml', 'yml'];

/**
 * Splits a Markdown file's front matter (YAML between `---` lines at its top)
 * from its content, with gray-matter. gray-matter brings js-yaml and esprima,
 * a tenth of a validate run, so it is loaded only for a file that starts with
 * `---`, which is when gray-matter would look for front matter at all.
 * Throws FrontMatterLanguageError when the opening line names another language
 * (`---js` would be run by gray-matter's JavaScript engine), and gray-matter's
 * error (with its `mark`) when the front matter is not YAML.
 */
export function splitFrontMatter(text: string): FrontMatter {
  // gray-matter reads no front matter when a fourth dash follows the three.
  if (!text.startsWith('---') || text.startsWith('----')) return { content: text, data: {} };
  const language = frontMatterLanguage(text);
  if (!YAML_NAMES.includes(language.toLowerCase())) throw new FrontMatterLanguageError(language);
  matter ??= require('gray-matter') as Matter;
  // Only gray-matter's YAML engine (js-yaml's safeLoad) is kept: its JavaScript
  // and JSON engines are replaced, so no language marker can reach them.
  // gray-matter caches by content when given no options; these options also stop that.
  return matter(text, { language: 'yaml', engines: { yaml: matter.engines.yaml, ...REFUSED } });
}

/** The word after the opening `---`, as gray-matter reads it. */
function frontMatterLanguage(text: string): string {
  const end = text.search(/\r?\n/);
  return text.slice(3, end === -1 ? undefined : end).trim();
}

const refuse: Engine = {
  parse() {
    throw new FrontMatterLanguageError('not YAML');
  },
};

const REFUSED: Record<string, Engine> = {
  javascript: refuse,
  js: refuse,
  json: refuse,
  coffee: refuse,
};
