import { ExitError } from '../../errors.js';
import path from 'node:path';
import { findSettings } from '../../config/index.js';
import { checkQuarterArgument, displayPath, loadData } from '../../load/index.js';
import { validateData } from '../../validate/index.js';
import { writeFilesAtomically } from '../../write/index.js';
import { chooseSources, planNewQuarter, type PlannedQuarter, type Refusal } from '../../workflow/index.js';
import type { Io } from '../io.js';
import { checkReportName } from '../options.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';

export interface NewQuarterCommandOptions {
  /** The quarter to create, e.g. 2023Q3. */
  readonly quarter: string;
  /** The quarter to copy. Default: the latest, which must be the one before --quarter. */
  readonly from?: string;
  /** Default ./data */
  readonly data: string;
  /** Default: every report. */
  readonly report?: string;
  readonly quiet?: boolean;
}

/** Starts a quarter for every report (or one): all its files are written, or none. */
export function newQuarterCommand(options: NewQuarterCommandOptions, io: Io): void {
  checkQuarterArgument(options.quarter);
  if (options.from !== undefined) checkQuarterArgument(options.from);
  const data = loadData({ dataDir: options.data, cwd: io.cwd, report: checkReportName(options.report) });
  const { sources, refusals } = chooseSources(data, options.quarter, options.from, io.cwd);
  if (refusals.length > 0) refuse(refusals, data.reports.length, options.quarter, io);
  const from = sources[0]!.from;
  failOnErrors(validateData(data, { quarter: from }), io, options);
  const planned = planNewQuarter(sources, options.quarter, io.cwd);
  writeFilesAtomically(planned.flatMap((quarter) => quarter.files));
  if (!options.quiet) io.stdout(describe(planned, options, io));
}

function refuse(refusals: readonly Refusal[], reports: number, quarter: string, io: Io): never {
  const paint = paintFor(io);
  for (const refusal of refusals) {
    io.stderr(`${paint.red('error:')} cannot start ${quarter} for ${refusal.report}: ${refusal.message}`);
    io.stderr(`  ${paint.dim(`hint: ${refusal.hint}`)}`);
  }
  const others = reports > refusals.length ? '; to start it for the other reports only, add --report NAME' : '';
  io.stderr(`Nothing was written${others}.`);
  throw new ExitError(2);
}

function describe(planned: readonly PlannedQuarter[], options: NewQuarterCommandOptions, io: Io): string {
  const paint = paintFor(io);
  const width = Math.max(...planned.map((quarter) => quarter.path.length)) + 1;
  const lines = planned.map(
    (quarter) =>
      `  ${`${quarter.path}/`.padEnd(width)}  from ${quarter.from}: ${quarter.sections} section files, ` +
      `${quarter.actions} actions, summary.en.md, summary.cy.md`,
  );
  // Run from the same folder, validate finds the same data folder by itself.
  const data = path.resolve(io.cwd, options.data) === findSettings(io.cwd).data ? '' : ` --data ${displayPath(io.cwd, path.resolve(io.cwd, options.data))}`;
  return [
    paint.green(`Started ${options.quarter}:`),
    ...lines,
    '',
    'Every action keeps its rating from last quarter, and its update is empty. Next:',
    "  1. Write each action's update for this quarter in English (en) and Welsh (cy).",
    '  2. Where a rating has moved, change rag: and add a change_reason saying why.',
    '  3. Write the executive summary in summary.en.md and summary.cy.md.',
    `Then run \`rag-report validate --quarter ${options.quarter}${data}\`: it lists every update still to write, with file and line.`,
  ].join('\n');
}
