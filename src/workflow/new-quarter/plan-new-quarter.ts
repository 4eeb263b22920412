import { readFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath, narrativeFileName, SECTION_EXTENSION, type LoadedReport } from '../../load/index.js';
import { parseQuarter, previousQuarter } from '../../quarter/index.js';
import { LANGUAGES } from '../../schema/index.js';
import type { OutputFile } from '../../write/index.js';
import { carryForwardSection } from './carry-forward-section.js';
import type { SourceQuarter } from './choose-sources.js';
import { narrativeStub } from './narrative-stub.js';

/** One report's new quarter folder, as it will be written. */
export interface PlannedQuarter {
  readonly report: string;
  readonly from: string;
  /** The new folder, as shown to the user. */
  readonly path: string;
  readonly sections: number;
  readonly actions: number;
  readonly files: readonly OutputFile[];
}

/**
 * The files of each report's new quarter: its sections carried forward in
 * report order and the narrative stubs. Reads the source files; writes
 * nothing. Call on source quarters that validated without errors.
 */
export function planNewQuarter(sources: readonly SourceQuarter[], quarter: string, cwd: string): PlannedQuarter[] {
  return sources.map(({ report, from }) => planReport(report, from, quarter, cwd));
}

function planReport(report: LoadedReport, from: string, quarterId: string, cwd: string): PlannedQuarter {
  const source = report.quarters.find((quarter) => quarter.id === from)!;
  const dir = path.join(report.dir, quarterId);
  const order = report.data?.sections ?? source.sections.map((section) => section.id);
  const sections = order.flatMap((id) => source.sections.filter((section) => section.id === id));
  const files: OutputFile[] = sections.map((section) => {
    const name = `${section.id}${SECTION_EXTENSION}`;
    const text = readFileSync(path.join(source.dir, name), 'utf8').replace(/^\uFEFF/, '');
    return { path: path.join(dir, name), content: carryForwardSection(text) };
  });
  const quarter = parseQuarter(quarterId)!;
  for (const language of LANGUAGES) {
    files.push({ path: path.join(dir, narrativeFileName(language)), content: narrativeStub(language, quarter, previousQuarter(quarter)) });
  }
  return {
    report: report.name,
    from,
    path: displayPath(cwd, dir),
    sections: sections.length,
    actions: sections.reduce((sum, section) => sum + (section.data?.actions.length ?? 0), 0),
    files,
  };
}
