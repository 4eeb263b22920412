/**
 * A whole number with comma thousands separators ("1,234"), as English and
 * Welsh both write it. Done by hand rather than with `Intl`, whose output
 * depends on the ICU data of the Node build.
 */
export function formatCount(count: number): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`A count must be a whole number of at least 0; got ${count}.`);
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
