export interface NiceScale {
  /** The axis runs from 0 to this. */
  readonly max: number;
  /** Tick values from 0 to max. */
  readonly ticks: number[];
}

const STEPS = [1, 2, 5];

/** A count axis from 0 with at most `maxTicks` intervals of 1, 2 or 5 × 10ⁿ, reaching at least `largest` (and at least 1). */
export function niceScale(largest: number, maxTicks = 5): NiceScale {
  const top = Math.max(1, largest);
  for (let power = 1; ; power *= 10) {
    for (const step of STEPS.map((base) => base * power)) {
      const intervals = Math.ceil(top / step);
      if (intervals <= maxTicks) {
        return { max: intervals * step, ticks: Array.from({ length: intervals + 1 }, (_, index) => index * step) };
      }
    }
  }
}
