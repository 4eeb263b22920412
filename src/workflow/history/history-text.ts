import type { Movement, QuarterHistory, ReportHistory } from './report-history.js';

export interface HistoryPaint {
  bold(text: string): string;
  dim(text: string): string;
  /** The rating's label in its colour. */
  rating(text: string, colour: string): string;
}

const noPaint: HistoryPaint = { bold: (t) => t, dim: (t) => t, rating: (t) => t };

/** A readable table per report: a row per quarter, oldest first, each rating's count, percentage and change. */
export function historyText(histories: readonly ReportHistory[], paint: HistoryPaint = noPaint): string {
  return histories.map((history) => reportTable(history, paint)).join('\n\n');
}

/** A rating's cell: count, percentage and change, "  15  30%  -2", then a gap. */
const CELL = 14;
const FIGURES = 8;
const QUARTER = 9;

function reportTable(history: ReportHistory, paint: HistoryPaint): string {
  const heading = paint.bold(`${history.report}: ${history.title.en.trim()}`);
  if (history.quarters.length === 0) return `${heading}\n  no quarters yet`;
  const ratingHeads = history.scale.map((key) => {
    const label = history.labels[key]!;
    const padded = label.padStart(FIGURES);
    return `${padded.slice(0, padded.length - label.length)}${paint.rating(label, history.colours[key]!)}${' '.repeat(Math.max(1, CELL - padded.length))}`;
  });
  const header = `  ${paint.dim('quarter'.padEnd(QUARTER))}${ratingHeads.join('')}${paint.dim(`${'rated'.padStart(5)}${'n/a'.padStart(5)}   moved`)}`;
  return [heading, '', header, ...history.quarters.map((quarter) => row(history, quarter))].join('\n');
}

function row(history: ReportHistory, { quarter, tally, movement, inProgress }: QuarterHistory): string {
  const cells = history.scale.map((key) => {
    const change = movement ? signed(movement.counts[key]!) : '';
    return `${String(tally.counts[key]).padStart(3)} ${`${tally.percent[key]}%`.padStart(4)} ${change.padStart(3)}`.padEnd(CELL);
  });
  const line = `  ${quarter.padEnd(QUARTER)}${cells.join('')}${String(tally.rated).padStart(5)}${String(tally.notApplicable).padStart(5)}   ${moved(movement)}${inProgress ? `${movement ? '; ' : ''}in progress: some texts still to write` : ''}`;
  return line.trimEnd();
}

function moved(movement: Movement | null): string {
  if (!movement) return '';
  const parts = [`${movement.improved} better`, `${movement.worsened} worse`];
  if (movement.added) parts.push(`${movement.added} added`);
  if (movement.removed) parts.push(`${movement.removed} removed`);
  return `since ${movement.from}: ${parts.join(', ')}`;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
