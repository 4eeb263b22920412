/**
 * A coordinate as SVG text: at most two decimals, no trailing zeros, no "-0".
 * Rounding here keeps the output byte-identical however the layout arithmetic
 * happens to accumulate floating-point error.
 */
export function coordinate(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
