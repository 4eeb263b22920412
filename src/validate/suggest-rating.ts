import { colourDistance } from '../colour/colour-distance.js';
import { COLOUR_NAMES } from '../colour/colour-names.js';
import { didYouMean } from '../problems/index.js';
import type { RatingDefinition } from '../schema/index.js';

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
    const distance = colourDistance(named, scale[key]!.colour);
    if (distance < bestDistance) [best, bestDistance] = [key, distance];
  }
  return best;
}
