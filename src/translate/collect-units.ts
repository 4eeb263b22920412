import path from 'node:path';
import {
  fieldName,
  locate,
  narrativeFileName,
  type LoadedData,
  type LoadedQuarter,
  type LoadedReport,
  type SourceFile,
} from '../load/index.js';
import type { Problem } from '../problems/index.js';
import { textFields } from '../validate/text-fields.js';
import { ENGLISH_NARRATIVE, formatUnitId, WELSH_NARRATIVE } from './unit-id.js';
import { narrativeStatus, welshStatus } from './welsh-status.js';

/** A text for the translator: its English, its place, and the Welsh it has now if that is stale. */
export interface ExportUnit {
  readonly id: string;
  /** Where the English is, relative to the data folder, with forward slashes. */
  readonly file: string;
  /** As a reader names it: `actions[2] (pcp-review).update`; `narrative` for a summary.en.md. */
  readonly field: string;
  readonly line: number;
  readonly english: string;
  readonly status: 'missing' | 'stale';
  /** The out-of-date Welsh, when the status is stale. */
  readonly previousWelsh?: string;
}

export interface CollectedUnits {
  readonly units: readonly ExportUnit[];
  /** Why a file in the quarter could not be read: its texts cannot be listed. */
  readonly problems: readonly Problem[];
}

/**
 * Every text of a quarter whose Welsh is missing, empty or stale, in report
 * order: report.yaml, the sections as report.yaml lists them, the narrative.
 * Texts are found in the parsed YAML by their shape, so a file with a schema
 * error elsewhere (a misspelt rating) still gives its texts.
 */
export function collectUnits(data: LoadedData, quarter: string): CollectedUnits {
  const units: ExportUnit[] = [];
  const problems: Problem[] = [];
  for (const report of data.reports) {
    const loaded = report.quarters.find((candidate) => candidate.id === quarter);
    if (!loaded) continue;
    const files = [
      { file: `${report.name}/report.yaml`, shown: report.path, source: report.source },
      ...sectionsInOrder(report, loaded).map((section) => ({
        file: `${report.name}/${quarter}/${section.id}.yaml`,
        shown: section.path,
        source: section.source,
      })),
    ];
    for (const { file, shown, source } of files) {
      const parsed = readable(source);
      if (parsed) units.push(...fileUnits(file, source!, parsed.value));
      else problems.push(...data.problems.filter((problem) => problem.file === shown && problem.severity === 'error'));
    }
    const narrative = narrativeUnit(report, loaded, data.problems);
    problems.push(...narrative.problems);
    if (narrative.unit) units.push(narrative.unit);
  }
  return { units, problems };
}

function fileUnits(file: string, source: SourceFile, value: unknown): ExportUnit[] {
  return textFields(value).flatMap(({ path: fieldPath, text }): ExportUnit[] => {
    const status = welshStatus(text);
    if (status === 'current' || !text.en.trim()) return [];
    return [
      {
        id: formatUnitId(file, fieldPath, value),
        file,
        field: fieldName(value, fieldPath),
        line: locate(source, fieldPath).line,
        english: text.en,
        status,
        ...(status === 'stale' ? { previousWelsh: text.cy } : {}),
      },
    ];
  });
}

function narrativeUnit(report: LoadedReport, loaded: LoadedQuarter, problems: readonly Problem[]): { unit?: ExportUnit; problems: Problem[] } {
  const shown = [narrativeFileName('en'), narrativeFileName('cy')].map((name) => path.join(loaded.path, name));
  const unreadable = problems.filter((problem) => shown.includes(problem.file) && problem.severity === 'error');
  const english = loaded.narratives.en;
  const welsh = loaded.narratives.cy;
  if (unreadable.length > 0 || !english?.markdown.trim()) return { problems: unreadable };
  const status = narrativeStatus(english, welsh);
  if (status === 'current') return { problems: [] };
  const folder = `${report.name}/${loaded.id}`;
  const unit: ExportUnit = {
    id: `${folder}/${WELSH_NARRATIVE}`,
    file: `${folder}/${ENGLISH_NARRATIVE}`,
    field: 'narrative',
    line: english.firstLine,
    english: english.markdown,
    status,
    ...(status === 'stale' ? { previousWelsh: welsh!.markdown } : {}),
  };
  return { unit, problems: [] };
}

/** The report's listed sections first, in its order; unlisted files after them. */
function sectionsInOrder(report: LoadedReport, loaded: LoadedQuarter): LoadedQuarter['sections'] {
  const order = report.data?.sections ?? [];
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...loaded.sections].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
}

/** The file's plain data, or undefined when it did not parse. */
function readable(source: SourceFile | undefined): { value: unknown } | undefined {
  if (!source || source.document.errors.length > 0) return undefined;
  try {
    return { value: source.document.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return undefined;
  }
}
