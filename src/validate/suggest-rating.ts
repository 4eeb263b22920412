import { didYouMean } from '../problems/index.js';
import type { RatingDefinition } from '../schema/index.js';

/** Colours people write for a rating, as red, green and blue (0-255). */
const COLOUR_NAMES: Record<string, readonly [number, number, number]> = {
  red: [255, 0, 0],
  orange: [255, 165, 0],
  yellow: [255, 255, 0],
  amber: [255, 191, 0],
  gold: [255, 215, 0],
  green: [0, 176, 80],
  lime: [0, 255, 0],
  blue: [0, 112, 192],
  purple: [128, 0, 128],
  grey: [128, 128, 128],
  gray: [128, 128, 128],
  black: [0, 0, 0],
  white: [255, 255, 255],
};

/**
 * The rating someone probably meant by `word`: the key or English label closest
 * in spelling ("gren" → green), or else the rating whose colour is nearest the
 * colour named ("yellow" → amber).
 */
export function suggestRating(word: string, scale: Readonly<Record<string, RatingDefinition>>): string | undefined {
  const keys = Object.keys(scale);
  const byKey = didYouMean(word, keys);
  if (byKey) return byKey;
  const labels = new Map(keys.map((key) => [scale[key]!.label.en.toLowerCase(), key]));
  const byLabel = didYouMean(word, [...labels.keys()]);
  if (byLabel) return labels.get(byLabel.toLowerCase());
  const named = COLOUR_NAMES[word.toLowerCase()];
  if (!named) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const key of keys) {
    const distance = colourDistance(named, rgb(scale[key]!.colour));
    if (distance < bestDistance) [best, bestDistance] = [key, distance];
  }
  return best;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function colourDistance(a: readonly number[], b: readonly number[]): number {
  return a.reduce((sum, channel, index) => sum + (channel - b[index]!) ** 2, 0);
}
