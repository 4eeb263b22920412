import { NOT_APPLICABLE } from '../schema/index.js';
import { colourDistance } from '../colour/colour-distance.js';
import { COLOUR_NAMES } from '../colour/colour-names.js';
import type { ScaleRating } from './import-scale.js';

const NOT_APPLICABLE_WORDS = ['n/a', 'na', 'n.a', 'n.a.', 'not applicable', 'amherthnasol', 'dim yn berthnasol'];

/** A shade is a rating's when it is at most this far from it (ΔE)... */
const NEAR = 45;
/** ...and the next nearest rating is this many times further away: half-way shades are not guessed. */
const MARGIN = 1.4;

export type RatingReading =
  | { readonly rating: string; readonly from: 'word' | 'shading' }
  | { readonly problem: string };

/**
 * The rating of a RAG cell: the word in it when there is one (a label of
 * the scale, N/A, or a colour name such as Yellow), else its shading matched
 * to the nearest colour of the scale. A shade near none of them, or as near
 * to two, is a problem and never a guess.
 */
export function readRating(text: string, shading: string | undefined, scale: readonly ScaleRating[]): RatingReading {
  const word = ratingOfWord(text, scale);
  if (word) return { rating: word, from: 'word' };
  if (shading) {
    const nearest = nearestRating(shading, scale);
    if (nearest) return { rating: nearest, from: 'shading' };
    const words = text.trim() ? ` and its word "${text.trim()}" is not a rating` : '';
    return { problem: `its RAG cell is shaded #${shading}, which is close to none of the scale's colours (${describeScale(scale)})${words}` };
  }
  if (text.trim()) return { problem: `its RAG cell reads "${text.trim()}", which is not a rating of the scale (${describeScale(scale)}), and has no shading` };
  return { problem: 'its RAG cell is empty: it has neither a rating word nor a shading' };
}

/** The rating a cell's word names, or undefined. "Red/Coch" and "Green (complete)" count by their first word, "G" by its initial. */
export function ratingOfWord(text: string, scale: readonly ScaleRating[]): string | undefined {
  const whole = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!whole) return undefined;
  const candidates = [whole, whole.replace(/[.:;!]+$/, ''), ...whole.split(/[\s/(),–-]+/).filter(Boolean).slice(0, 1)];
  for (const candidate of candidates) {
    if (NOT_APPLICABLE_WORDS.includes(candidate)) return NOT_APPLICABLE;
    const named = scale.find((rating) => rating.words.includes(candidate));
    if (named) return named.key;
    // "R", "A", "G": the initial of exactly one rating.
    const initials = candidate.length === 1 ? scale.filter((rating) => rating.words.some((word) => word.startsWith(candidate))) : [];
    if (initials.length === 1) return initials[0]!.key;
    const colour = COLOUR_NAMES[candidate];
    if (colour) {
      const nearest = nearestRating(colour, scale);
      if (nearest) return nearest;
    }
  }
  return undefined;
}

/** The rating whose colour is clearly the nearest to `shade`, or undefined. */
export function nearestRating(shade: string, scale: readonly ScaleRating[]): string | undefined {
  const ranked = scale
    .map((rating) => ({ key: rating.key, distance: colourDistance(shade, rating.colour) }))
    .sort((a, b) => a.distance - b.distance);
  const [first, second] = ranked;
  if (!first || first.distance > NEAR) return undefined;
  if (second && second.distance < first.distance * MARGIN) return undefined;
  return first.key;
}

function describeScale(scale: readonly ScaleRating[]): string {
  return scale.map((rating) => `${rating.key} #${rating.colour}`).join(', ');
}
