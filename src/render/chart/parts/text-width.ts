// Advance widths in 1/1000 em of the printable ASCII characters (space to
// "~") in Arial, which Arimo, the font the PNG is drawn with, matches metric
// for metric. Browsers showing the inline SVG use Arial or a metric twin, so
// the layout estimated from these widths holds in both.
// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const PUNCTUATION: Record<string, number> = { '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '…': 1000 };

/**
 * The width in pixels of `text` set in Arial at `size` pixels. Accented
 * letters (ŵ, ŷ, ë) take the width of their base letter; anything else
 * unknown is taken as wide as a digit.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  let total = 0;
  for (const character of text) {
    const base = character.normalize('NFD')[0]!;
    const code = base.codePointAt(0)!;
    total += (code >= 32 && code <= 126 ? widths[code - 32] : PUNCTUATION[base]) ?? 556;
  }
  return (total * size) / 1000;
}
