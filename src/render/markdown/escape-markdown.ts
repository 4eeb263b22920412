/**
 * A plain text (a title, a label, a generated sentence) made safe to stand in
 * the template's Markdown: read back, it is the same text, on one line. Every
 * character that could open Markdown or a directive (`:name`) is escaped, and
 * so is a start that would read as a list item.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|#:&~!{}]/g, (character) => `\\${character}`)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+])(?=\s|$)/, '\\$1');
}
