import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { renderNarrative } from '../render/markdown/narrative.js';
import { templateSyntaxFault } from './template-syntax.js';

/** What the checks of a text's Markdown, of a summary's {{fields}} and of a report's own template need: the largest libraries validate uses. */
export interface TextTools {
  parseMarkdown(text: string): Root;
  readonly renderNarrative: typeof renderNarrative;
  readonly templateSyntaxFault: typeof templateSyntaxFault;
}

const parser = unified().use(remarkParse).use(remarkGfm);

export const textTools: TextTools = { parseMarkdown: (text) => parser.parse(text), renderNarrative, templateSyntaxFault };
