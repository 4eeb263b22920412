import { textWidth } from './text-width.js';

/**
 * `text` broken at spaces into lines no wider than `maxWidth`. A single word
 * wider than that gets a line of its own rather than being cut.
 */
export function wrapLines(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${word}`, size, bold) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 0 ? lines : [''];
}
