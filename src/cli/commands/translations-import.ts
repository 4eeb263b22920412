import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { ExitError, UsageError } from '../../errors.js';
import { displayPath } from '../../load/index.js';
import { formatProblemsAsText, type Problem } from '../../problems/index.js';
import { planImport, readTranslationFile, type ImportPlan, type SkipReason } from '../../translate/index.js';
import { writeFilesAtomically } from '../../write/index.js';
import type { Io } from '../io.js';
import { paintFor } from '../paint.js';

export interface TranslationsImportOptions {
  /** The translated .xlf or .csv. */
  readonly file: string;
  /** Default ./data */
  readonly data: string;
  readonly quiet?: boolean;
}

const REASONS: Record<SkipReason, string> = {
  'english-changed': 'English changed since the export',
  'no-place': 'no longer in the data',
  'cannot-write': 'cannot be written in place',
  twice: 'given twice',
};

/**
 * Writes the Welsh of a translated file into the YAML (and summary.cy.md)
 * files. Every changed file is written or none is; files with nothing to
 * change are not touched.
 */
export function translationsImportCommand(options: TranslationsImportOptions, io: Io): void {
  const dataDir = path.resolve(io.cwd, options.data);
  if (!existsSync(dataDir) || !statSync(dataDir).isDirectory()) {
    throw new UsageError(`no data folder at ${displayPath(io.cwd, dataDir)}`, 'run the command from your report repository, or pass --data DIR');
  }
  const file = path.resolve(io.cwd, options.file);
  const shown = displayPath(io.cwd, file);
  const read = readTranslationFile(file, shown);
  const plan = planImport(read.units, { dataDir, cwd: io.cwd, file: shown });
  const fileProblems = [...read.problems, ...plan.fileProblems];
  if (fileProblems.length > 0) stop(fileProblems, `nothing imported: correct ${shown} and import it again`, 2, io);
  if (plan.dataProblems.length > 0) stop(plan.dataProblems, 'nothing imported: the data files above do not parse (rag-report validate lists every problem)', 1, io);
  writeFilesAtomically(plan.files);
  report(plan, io, options);
  if (plan.imported.size === 0) {
    // Often the wrong file, or one exported before the English changed: a script must not take it for done.
    io.stderr(paintFor(io).red(`nothing imported from ${shown}: no Welsh in it could be applied`));
    throw new ExitError(1);
  }
}

function stop(problems: readonly Problem[], message: string, exitCode: number, io: Io): never {
  const paint = paintFor(io);
  io.stderr(formatProblemsAsText(problems, { paint: { error: paint.red.bold, warning: paint.yellow, dim: paint.dim } }));
  io.stderr(paint.red(message));
  throw new ExitError(exitCode);
}

function report(plan: ImportPlan, io: Io, { quiet = false } = {}): void {
  if (quiet) return;
  const paint = paintFor(io);
  const lines: string[] = [];
  for (const [file, count] of plan.imported) lines.push(`  ${file}  ${count} text${count === 1 ? '' : 's'}`);
  for (const skipped of plan.skipped) {
    lines.push(paint.yellow(`  skipped  ${skipped.place}  ${skipped.field}  ${skipped.message}`));
  }
  const imported = [...plan.imported.values()].reduce((sum, count) => sum + count, 0);
  const parts = [`${imported} text${imported === 1 ? '' : 's'} imported into ${plan.imported.size} file${plan.imported.size === 1 ? '' : 's'}`];
  if (plan.skipped.length > 0) parts.push(`${plan.skipped.length} skipped (${reasonCounts(plan)})`);
  if (plan.withoutWelsh > 0) parts.push(`${plan.withoutWelsh} with no Welsh yet left out`);
  if (plan.unchanged > 0) parts.push(`${plan.unchanged} already in the data`);
  lines.push(parts.join(', '));
  io.stdout(lines.join('\n'));
}

function reasonCounts(plan: ImportPlan): string {
  const counts = new Map<SkipReason, number>();
  for (const { reason } of plan.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => `${count} ${REASONS[reason]}`).join(', ');
}
