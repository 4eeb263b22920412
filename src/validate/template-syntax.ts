import Handlebars from 'handlebars';
import { handlebarsFault } from '../templates/handlebars-fault.js';

/** The first syntax fault of a Handlebars text, with its line; undefined when it parses. */
export function templateSyntaxFault(source: string): { line: number; reason: string } | undefined {
  try {
    Handlebars.parse(source);
    return undefined;
  } catch (error) {
    const fault = handlebarsFault(error);
    return { line: fault.line ?? 1, reason: fault.message };
  }
}
