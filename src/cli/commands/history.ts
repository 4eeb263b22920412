import { loadData } from '../../load/index.js';
import { validateData } from '../../validate/index.js';
import { historyCsv, historyJson, historyText, reportHistory, withTextsToWrite } from '../../workflow/index.js';
import type { Io } from '../io.js';
import { checkChoice, checkReportName } from '../options.js';
import { paintFor } from '../paint.js';
import { failOnErrors } from './fail-on-errors.js';

const FORMATS = ['text', 'json', 'csv'] as const;

export interface HistoryOptions {
  /** Default ./data */
  readonly data: string;
  /** Default: every report. */
  readonly report?: string;
  /** text, json or csv. Default text */
  readonly format: string;
  readonly quiet?: boolean;
  readonly verbose?: boolean;
}

/** The figures of every quarter in the data, oldest first, and how they moved. */
export function historyCommand(options: HistoryOptions, io: Io): void {
  const format = checkChoice('--format', options.format, FORMATS);
  const data = loadData({ dataDir: options.data, cwd: io.cwd, report: checkReportName(options.report) });
  // A quarter new-quarter has started (its updates still to write) is shown, marked as in progress.
  failOnErrors(validateData(data).filter((problem) => problem.code !== 'empty-text'), io, options);
  const histories = data.reports.map((loaded) => {
    const { report, inProgress } = withTextsToWrite(loaded);
    return reportHistory(report, inProgress);
  });
  if (format === 'json') return io.stdout(JSON.stringify(historyJson(histories), null, 2));
  if (format === 'csv') return io.stdout(historyCsv(histories));
  const paint = paintFor(io);
  io.stdout(historyText(histories, { bold: paint.bold, dim: paint.dim, rating: (text, colour) => paint.hex(colour).bold(text) }));
}
