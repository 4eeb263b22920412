import type { LoadedReport, Narrative } from '../load/index.js';
import { formatQuarter, previousQuarter, type Quarter } from '../quarter/index.js';
import type { Action, BilingualText, Language, ReportFile } from '../schema/index.js';

/** An action whose rating is normalised to a scale key or "n/a". */
export interface RatedAction extends Omit<Action, 'rag'> {
  readonly rag: string;
  readonly section: string;
}

export interface ReportSection {
  readonly id: string;
  readonly ref?: BilingualText;
  readonly title: BilingualText;
  readonly actions: readonly RatedAction[];
}

/** One report in one quarter, sections in report order: what the figures and documents are made from. */
export interface ReportQuarter {
  readonly report: string;
  /** The report's folder, which report.yaml's paths (its `logo`) are relative to. */
  readonly dir: string;
  readonly definition: ReportFile;
  readonly quarterId: string;
  readonly quarter: Quarter;
  readonly sections: readonly ReportSection[];
  readonly narratives: Partial<Record<Language, Narrative>>;
}

/**
 * The quarter as a ReportQuarter, or undefined when the data does not have
 * it. Call only on data that validated without errors.
 */
export function reportQuarter(report: LoadedReport, quarterId: string): ReportQuarter | undefined {
  const loaded = report.quarters.find((quarter) => quarter.id === quarterId);
  const definition = report.data;
  if (!loaded || !definition) return undefined;
  const files = new Map(loaded.sections.map((section) => [section.id, section.data]));
  const sections = definition.sections.flatMap((id): ReportSection[] => {
    const data = files.get(id);
    if (!data) return [];
    const actions = data.actions.map((action) => ({ ...action, rag: action.rag.toLowerCase(), section: id }));
    return [{ id, ref: data.ref, title: data.title, actions }];
  });
  return {
    report: report.name,
    dir: report.dir,
    definition,
    quarterId,
    quarter: loaded.quarter,
    sections,
    narratives: loaded.narratives,
  };
}

/** The quarter before, as a ReportQuarter, when the data has it. */
export function previousReportQuarter(report: LoadedReport, current: ReportQuarter): ReportQuarter | undefined {
  return reportQuarter(report, formatQuarter(previousQuarter(current.quarter)));
}
