import Handlebars from 'handlebars';

/** The first syntax fault of a Handlebars text, with its line; undefined when it parses. */
export function templateSyntaxFault(source: string): { line: number; reason: string } | undefined {
  try {
    Handlebars.parse(source);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const line = /line (\d+)/.exec(message)?.[1] ?? /(\d+):\d+/.exec(message)?.[1];
    return { line: line ? Number(line) : 1, reason: message.split('\n').at(-1)!.trim() || message.split('\n')[0]! };
  }
}
