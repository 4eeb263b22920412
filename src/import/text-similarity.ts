import { normaliseText } from './plain-text.js';

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their
 * words. Close enough (≥ CLOSE) means the same action reworded a little.
 */
export function textSimilarity(a: string, b: string): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return (2 * shared) / (left.size + right.size);
}

export const CLOSE = 0.75;

function words(text: string): Set<string> {
  return new Set(normaliseText(text).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean));
}
