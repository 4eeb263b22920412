import { formatQuarter, nextQuarter, parseQuarter } from '../../quarter/index.js';

export type SourceChoice = { readonly from: string } | { readonly refusal: string; readonly hint: string };

/**
 * The quarter a report's new quarter is copied from: the latest, when the
 * new one comes right after it; otherwise only the one named by --from.
 * `quarters` are the report's quarter ids, oldest first.
 */
export function chooseSourceQuarter(quarters: readonly string[], target: string, from?: string): SourceChoice {
  if (from !== undefined) {
    return quarters.includes(from)
      ? { from }
      : { refusal: `there is no ${from} to copy from`, hint: quarters.length ? `its quarters are: ${quarters.join(', ')}` : 'it has no quarters yet' };
  }
  const latest = quarters[quarters.length - 1];
  if (latest === undefined) {
    return {
      refusal: 'it has no quarter to copy from',
      hint: 'write its first quarter folder by hand (the README shows the files), then use new-quarter for the quarters after it',
    };
  }
  const expected = formatQuarter(nextQuarter(parseQuarter(latest)!));
  if (target === expected) return { from: latest };
  return {
    refusal: `${target} is not the quarter after its latest, ${latest} (that is ${expected})`,
    hint: `to start ${target} from ${latest} all the same, add --from ${latest}`,
  };
}
