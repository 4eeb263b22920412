import type { ChalkInstance } from 'chalk';
import { UsageError } from '../../errors.js';
import { checkQuarterArgument, loadData, type LoadedData, type LoadedReport } from '../../load/index.js';
import { reportQuarter, type RatedAction, type ReportQuarter } from '../../model/index.js';
import { allActions, attentionRule, scaleKeys, summarise, type Summary, type Tally } from '../../figures/index.js';
import { sortProblems, type Problem } from '../../problems/index.js';
import { formatQuarter, parseQuarter, previousQuarter } from '../../quarter/index.js';
import { NOT_APPLICABLE } from '../../schema/index.js';
import { validateData } from '../../validate/index.js';
import type { Io } from '../io.js';
import { checkChoice, checkReportName } from '../options.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';

export interface CompareOptions {
  readonly quarter: string;
  /** Default: the quarter before --quarter. */
  readonly with?: string;
  /** Default ./data */
  readonly data: string;
  /** Default: every report that has --quarter. */
  readonly report?: string;
  /** text or json. Default text */
  readonly format: string;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
}

interface Compared {
  readonly summary: Summary;
  readonly current: ReportQuarter;
  readonly previous: ReportQuarter | undefined;
}

export function compareCommand(options: CompareOptions, io: Io): void {
  const format = checkChoice('--format', options.format, ['text', 'json'] as const);
  checkQuarterArgument(options.quarter);
  if (options.with !== undefined) checkQuarterArgument(options.with);
  if (options.with === options.quarter) {
    throw new UsageError(`--with ${options.with} is the quarter itself: a quarter compared with itself shows no change`, 'give an earlier quarter, or leave --with out to compare with the one before');
  }
  const against = options.with ?? formatQuarter(previousQuarter(parseQuarter(options.quarter)!));
  const data = loadData({ dataDir: options.data, cwd: io.cwd, report: checkReportName(options.report) });
  // Both quarters feed the figures, so an error in either would make them wrong.
  failOnErrors(problemsOf(data, [options.quarter, against]), io, options);
  const reports = data.reports.filter((report) => report.quarters.some((q) => q.id === options.quarter));
  if (reports.length === 0) {
    const which = options.report === undefined ? 'no report has' : `${options.report} has no`;
    throw new UsageError(`${which} data for ${options.quarter}`, 'check the quarter, or create it with `rag-report new-quarter`');
  }
  const compared = reports.map((report) => compareReport(report, options.quarter, against));
  if (format === 'json') {
    // One report gives exactly its summary.json object. Several give a JSON array of
    // those objects in report-name order (the order of the data folder); pass --report
    // to get a single object whatever the data folder holds.
    const summaries = compared.map((entry) => entry.summary);
    io.stdout(`${JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2)}\n`);
    return;
  }
  const paint = paintFor(io);
  io.stdout(`${compared.map((entry) => describe(entry, against, options.with !== undefined, paint)).join('\n\n')}\n`);
}

function problemsOf(data: LoadedData, quarters: readonly string[]): Problem[] {
  const unique = new Map<string, Problem>();
  for (const quarter of quarters) {
    for (const problem of validateData(data, { quarter })) unique.set(JSON.stringify(problem), problem);
  }
  return sortProblems([...unique.values()]);
}

function compareReport(report: LoadedReport, quarter: string, against: string): Compared {
  const current = reportQuarter(report, quarter)!;
  const previous = reportQuarter(report, against);
  return { summary: summarise(current, previous), current, previous };
}

/** A rating as printed: its English label, coloured when colour is on. */
interface Words {
  label(key: string): string;
  word(key: string): string;
}

function wordsFor(current: ReportQuarter, paint: ChalkInstance): Words {
  const scale = current.definition.scale;
  const label = (key: string) => (key === NOT_APPLICABLE ? 'N/A' : scale[key]?.label.en ?? key);
  const word = (key: string) => {
    const colour = scale[key]?.colour;
    return colour ? paint.hex(colour).bold(label(key)) : label(key);
  };
  return { label, word };
}

function describe({ summary, current, previous }: Compared, against: string, chosen: boolean, paint: ChalkInstance): string {
  const words = wordsFor(current, paint);
  const heading = (text: string) => paint.bold(text);
  const lines = [heading(`${current.definition.title.en} (${summary.report})`)];
  if (previous) {
    lines.push(`${summary.quarter} compared with ${against}`);
  } else {
    const which = chosen ? against : `${against} (the quarter before)`;
    lines.push(`${summary.quarter} alone: there is no data for ${which} to compare with.`);
  }
  lines.push('', ...countsTable(summary, scaleKeys(current.definition), words, paint));
  if (previous) {
    lines.push('', heading(`Rating changes (${summary.changes.length})`), ...changeLines(summary, current, words, paint));
    const added = byId(current, summary.added);
    const removed = byId(previous, summary.removed);
    lines.push('', heading(`Added in ${summary.quarter} (${added.length})`), ...actionLines(added, words, 'now'));
    lines.push('', heading(`Removed since ${against} (${removed.length})`), ...actionLines(removed, words, 'was'));
  }
  lines.push('', heading(`Sections needing attention (${summary.attention.length})`), ...attentionLines(summary, current, words, paint));
  return lines.join('\n');
}

/** A table cell: `text` sets the width; `painted` (same text with colour codes) is what is printed. */
interface Cell {
  readonly text: string;
  readonly painted?: string;
}

/** Columns padded by their plain text, so colour codes never upset the alignment. */
function table(rows: readonly (readonly Cell[])[], align: readonly ('left' | 'right')[], gap = 2): string[] {
  const widths = align.map((_, column) => Math.max(0, ...rows.map((row) => row[column]?.text.length ?? 0)));
  return rows.map((row) => {
    const cells = row.map((cell, column) => {
      const padding = ' '.repeat(widths[column]! - cell.text.length);
      const shown = cell.painted ?? cell.text;
      return align[column] === 'right' ? padding + shown : shown + padding;
    });
    return `  ${cells.join(' '.repeat(gap))}`.trimEnd();
  });
}

const plain = (text: string): Cell => ({ text });

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** Previous, current and the difference, each as a count and a percentage. */
function countsTable(summary: Summary, keys: readonly string[], words: Words, paint: ChalkInstance): string[] {
  const { current, previous } = summary;
  const lines: { label: Cell; count: (tally: Tally) => number; percent?: (tally: Tally) => number }[] = [
    ...keys.map((key) => ({
      label: { text: words.label(key), painted: words.word(key) },
      count: (tally: Tally) => tally.counts[key]!,
      percent: (tally: Tally) => tally.percent[key]!,
    })),
    { label: { text: 'rated', painted: paint.dim('rated') }, count: (tally: Tally) => tally.rated },
    { label: { text: 'n/a', painted: paint.dim('n/a') }, count: (tally: Tally) => tally.notApplicable },
  ];
  const quarterColumn = (tally: Tally) =>
    pairColumn(lines.map((line) => [String(line.count(tally)), line.percent && `${line.percent(tally)}%`]));
  const columns = [quarterColumn(current)];
  const header = [plain(''), plain(summary.quarter)];
  if (previous) {
    const change = pairColumn(
      lines.map((line) => [
        signed(line.count(current) - line.count(previous)),
        line.percent && `${signed(line.percent(current) - line.percent(previous))} pts`,
      ]),
    );
    columns.unshift(quarterColumn(previous));
    columns.push(change);
    header.splice(1, 0, plain(summary.previousQuarter!));
    header.push(plain('change'));
  }
  const rows = lines.map((line, index) => [line.label, ...columns.map((column) => plain(column[index]!))]);
  return table([header, ...rows], header.map((_, column) => (column === 0 ? 'left' : 'right')), 4);
}

/**
 * One column of "count percentage" cells, each part aligned on its own; a row
 * without a percentage keeps its place blank so the counts stay in line.
 */
function pairColumn(pairs: readonly (readonly [string, string | undefined])[]): string[] {
  const first = Math.max(...pairs.map(([count]) => count.length));
  const second = Math.max(...pairs.map(([, percent]) => percent?.length ?? 0));
  return pairs.map(([count, percent]) => `${count.padStart(first)}  ${(percent ?? '').padStart(second)}`);
}

function changeLines(summary: Summary, current: ReportQuarter, words: Words, paint: ChalkInstance): string[] {
  if (summary.changes.length === 0) return ['  none'];
  const actions = new Map(allActions(current.sections).map((action) => [action.id, action]));
  const heads = table(
    summary.changes.map((change) => [
      plain(change.section),
      plain(change.id),
      {
        text: `${words.label(change.from)} → ${words.label(change.to)}`,
        painted: `${words.word(change.from)} → ${words.word(change.to)}`,
      },
    ]),
    ['left', 'left', 'left'],
  );
  const indent = detailIndent(summary.changes);
  return summary.changes.flatMap((change, index) => {
    const action = actions.get(change.id)!;
    const reason = action.change_reason?.en.trim();
    return [
      heads[index]!,
      `${indent}${oneLine(action.action.en)}`,
      `${indent}${reason ? `as ${oneLine(reason)}` : paint.yellow('no change_reason given')}`,
    ];
  });
}

/** Details sit under the id column. */
function detailIndent(entries: readonly { readonly section: string }[]): string {
  return ' '.repeat(2 + Math.max(...entries.map((entry) => entry.section.length)) + 2);
}

function byId(quarter: ReportQuarter, ids: readonly string[]): RatedAction[] {
  const actions = new Map(allActions(quarter.sections).map((action) => [action.id, action]));
  return ids.map((id) => actions.get(id)!);
}

/** Added or removed actions, with their rating (`now` or `was`) and text. */
function actionLines(actions: readonly RatedAction[], words: Words, tense: 'now' | 'was'): string[] {
  if (actions.length === 0) return ['  none'];
  const rows = actions.map((action) => [
    plain(action.section),
    plain(action.id),
    { text: `${tense} ${words.label(action.rag)}`, painted: `${tense} ${words.word(action.rag)}` },
  ]);
  const heads = table(rows, ['left', 'left', 'left']);
  const indent = detailIndent(actions);
  return actions.flatMap((action, index) => [heads[index]!, `${indent}${oneLine(action.action.en)}`]);
}

/** The sections listed by the attention rule, with every rating's count and the concern share. */
function attentionLines(summary: Summary, current: ReportQuarter, words: Words, paint: ChalkInstance): string[] {
  const rule = attentionRule(current.definition);
  // Plain labels: a bold word inside the dim line would end the dimming (both reset with the same code).
  const either = (keys: readonly string[]) => {
    const shown = keys.map(words.label);
    return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
  };
  const always = rule.always.length ? `, or when any of them is ${either(rule.always)}` : '';
  const explanation = paint.dim(
    `  (listed when ${Math.round(rule.share * 100)}% or more of a section's rated actions are ${either(rule.ratings) || 'of concern'}${always})`,
  );
  if (summary.attention.length === 0) return [explanation, '  none'];
  const keys = scaleKeys(current.definition);
  const titles = new Map(current.sections.map((section) => [section.id, oneLine(section.title.en)]));
  const header = [plain(''), plain('rated'), ...keys.map((key) => ({ text: words.label(key), painted: words.word(key) })), plain('concern'), plain('')];
  const rows = summary.attention.map((entry) => [
    plain(entry.section),
    plain(String(entry.rated)),
    ...keys.map((key) => plain(String(entry.counts[key] ?? 0))),
    plain(`${Math.round(entry.share * 100)}%`),
    plain(titles.get(entry.section) ?? ''),
  ]);
  const align = header.map((_, column) => (column === 0 || column === header.length - 1 ? 'left' : 'right') as 'left' | 'right');
  return [explanation, ...table([header, ...rows], align)];
}

/** Markdown texts may span lines; a terminal listing shows each on one line. */
function oneLine(text: string): string {
  return text.trim().replace(/\s*\n\s*/g, ' ');
}
