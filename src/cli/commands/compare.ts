import type { ChalkInstance } from 'chalk';
import { UsageError } from '../../errors.js';
import { checkQuarterArgument, loadData, type LoadedReport } from '../../load/index.js';
import { reportQuarter, type ReportQuarter } from '../../model/index.js';
import { allActions, scaleKeys, summarise, type Summary, type Tally } from '../../figures/index.js';
import { formatQuarter, parseQuarter, previousQuarter } from '../../quarter/index.js';
import { NOT_APPLICABLE } from '../../schema/index.js';
import { validateData } from '../../validate/index.js';
import type { Io } from '../io.js';
import { checkReportName } from '../options.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';

export interface CompareOptions {
  readonly quarter: string;
  /** Default: the quarter before --quarter. */
  readonly with?: string;
  /** Default ./data */
  readonly data: string;
  readonly report?: string;
  /** text or json. Default text */
  readonly format: string;
}

export function compareCommand(options: CompareOptions, io: Io): void {
  checkQuarterArgument(options.quarter);
  if (options.with !== undefined) checkQuarterArgument(options.with);
  const against = options.with ?? formatQuarter(previousQuarter(parseQuarter(options.quarter)!));
  const data = loadData({ dataDir: options.data, cwd: io.cwd, report: checkReportName(options.report) });
  failOnErrors(validateData(data, options.quarter), io);
  const reports = data.reports.filter((report) => report.quarters.some((q) => q.id === options.quarter));
  if (reports.length === 0) throw new UsageError(`no report has data for ${options.quarter}`);
  const compared = reports.map((report) => compareReport(report, options.quarter, against));
  if (options.format === 'json') {
    io.stdout(JSON.stringify(compared.length === 1 ? compared[0]!.summary : compared.map((c) => c.summary), null, 2));
    return;
  }
  const paint = paintFor(io);
  io.stdout(compared.map(({ summary, current, previous }) => describe(summary, current, previous, against, paint)).join('\n\n'));
}

function compareReport(report: LoadedReport, quarter: string, against: string) {
  const current = reportQuarter(report, quarter)!;
  const previous = reportQuarter(report, against);
  return { summary: summarise(current, previous), current, previous };
}

function describe(
  summary: Summary,
  current: ReportQuarter,
  previous: ReportQuarter | undefined,
  against: string,
  paint: ChalkInstance,
): string {
  const scale = current.definition.scale;
  const label = (key: string) => (key === NOT_APPLICABLE ? 'N/A' : scale[key]?.label.en ?? key);
  const word = (key: string) => (key === NOT_APPLICABLE ? 'N/A' : paint.hex(scale[key]?.colour ?? '#888888').bold(label(key)));
  const lines = [paint.bold(`${summary.report}  ${summary.quarter}${previous ? ` compared with ${against}` : ''}`)];
  if (!previous) lines.push(`There is no data for ${against}: showing ${summary.quarter} alone.`);
  lines.push('', ...countsTable(summary.current, summary.previous, scaleKeys(current.definition), label, word, summary, paint));
  if (previous) {
    const actions = new Map(allActions(current.sections).map((action) => [action.id, action]));
    lines.push('', paint.bold(`Rating changes (${summary.changes.length})`));
    if (summary.changes.length === 0) lines.push('  none');
    for (const change of summary.changes) {
      const action = actions.get(change.id)!;
      const reason = action.change_reason ? `as ${action.change_reason.en.trim()}` : paint.yellow('(no change_reason given)');
      lines.push(`  ${change.section}  ${change.id}: ${word(change.from)} → ${word(change.to)}`, `      ${action.action.en.trim()}`, `      ${reason}`);
    }
    lines.push('', `Added: ${summary.added.length ? summary.added.join(', ') : 'none'}`);
    lines.push(`Removed: ${summary.removed.length ? summary.removed.join(', ') : 'none'}`);
  }
  lines.push('', paint.bold(`Sections needing attention (${summary.attention.length})`));
  if (summary.attention.length === 0) lines.push('  none');
  const titles = new Map(current.sections.map((section) => [section.id, section.title.en]));
  for (const entry of summary.attention) {
    const concerns = Object.entries(entry.counts).filter(([, count]) => count > 0).map(([key, count]) => `${count} ${word(key)}`);
    lines.push(`  ${entry.section}  ${truncate(titles.get(entry.section) ?? '', 60)}  (${concerns.join(', ')} of ${entry.rated}; ${Math.round(entry.share * 100)}% of concern)`);
  }
  return lines.join('\n');
}

function countsTable(
  now: Tally,
  before: Tally | null,
  keys: readonly string[],
  label: (key: string) => string,
  word: (key: string) => string,
  summary: Summary,
  paint: ChalkInstance,
): string[] {
  const width = Math.max(8, ...keys.map((key) => label(key).length)) + 2;
  const cell = (tally: Tally | null, key: string) =>
    tally ? `${String(tally.counts[key]).padStart(4)} ${`${tally.percent[key]}%`.padStart(5)}` : '     —    ';
  const header = `  ${''.padEnd(width)}${(summary.previousQuarter ?? '').padStart(10)}  ${summary.quarter.padStart(10)}  ${before ? 'change'.padStart(7) : ''}`;
  const rows = keys.map((key) => {
    const difference = before ? now.counts[key]! - before.counts[key]! : undefined;
    const change = difference === undefined ? '' : (difference > 0 ? `+${difference}` : String(difference)).padStart(7);
    return `  ${word(key)}${' '.repeat(width - label(key).length)}${cell(before, key)}  ${cell(now, key)}  ${change}`;
  });
  const total = (name: string, pick: (tally: Tally) => number) =>
    `  ${paint.dim(name.padEnd(width))}${before ? String(pick(before)).padStart(4) : '   —'}        ${String(pick(now)).padStart(4)}`;
  return [header, ...rows, total('rated', (t) => t.rated), total('n/a', (t) => t.notApplicable)];
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
