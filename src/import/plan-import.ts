import path from 'node:path';
import { tally, type Tally } from '../figures/index.js';
import { REPORT_FILE, SECTION_EXTENSION, type LoadedReport } from '../load/index.js';
import type { Problem } from '../problems/index.js';
import { formatQuarter, parseQuarter, previousQuarter } from '../quarter/index.js';
import type { OutputFile } from '../write/index.js';
import { assignIds } from './assign-ids.js';
import { checkCounts, findCountsTable } from './check-counts.js';
import { importProblem } from './import-problem.js';
import { DEFAULT_SCALE, scaleOfReport, type ScaleRating } from './import-scale.js';
import { knownReport, type KnownReport } from './known-report.js';
import { parseHeading, type ParsedHeading } from './parse-heading.js';
import { placeSections } from './place-sections.js';
import { readActions } from './read-actions.js';
import { readFrontMatter, type FrontMatter } from './read-front-matter.js';
import { readReportDocument } from './read-report-document.js';
import { readableId } from './readable-id.js';
import { reportYaml, sectionYaml, type ImportedSection } from './import-yaml.js';

export interface ImportRequest {
  /** The .docx file's bytes, and its path as the user gave it. */
  readonly bytes: Uint8Array;
  readonly file: string;
  /** The report's folder name and folder. */
  readonly report: string;
  readonly reportDir: string;
  readonly quarter: string;
  /** The report as loaded, when it exists (its report.yaml valid). */
  readonly existing?: LoadedReport;
}

export interface ImportPlan {
  /** report.yaml when the report is new, then the quarter's section files in report order. */
  readonly files: readonly OutputFile[];
  /** Errors stop the import; warnings (such as wrong printed figures) are told. */
  readonly problems: readonly Problem[];
  readonly newReport: boolean;
  readonly sections: readonly ImportedSection[];
  readonly tally: Tally;
  /** The quarter before, when the report has it, and how many ratings moved since: each wants a change_reason. */
  readonly previous?: { readonly quarter: string; readonly moved: number };
}

/**
 * Reads a report typed in Word and plans the quarter's files: what would
 * be written, and every problem found. Writes nothing. A file that is not a
 * readable .docx, or has no action table, is a UsageError.
 */
export function planImport(request: ImportRequest): ImportPlan {
  const found = readReportDocument(request.bytes, request.file);
  const definition = request.existing?.data;
  const candidates: readonly ScaleRating[] = definition ? scaleOfReport(definition) : DEFAULT_SCALE;
  const problems: Problem[] = [];
  const read = found.sections.map((section) => {
    const result = readActions(section, candidates, request.file);
    problems.push(...result.problems);
    return result.actions;
  });
  const headings = found.sections.map((section) => (section.heading ? parseHeading(section.heading) : undefined));
  const known = request.existing ? knownReport(request.existing, request.quarter) : undefined;
  const sectionIds = known ? placeExisting(headings, known, request.file, problems) : newSectionIds(headings, request.file, problems);

  const front = readFrontMatter(found.front, candidates);
  const ratings = read.flat().map((action) => action.rating);
  // A new report's scale: Red, Amber and Green, and Blue when the document uses it.
  const scale = definition
    ? Object.keys(definition.scale)
    : DEFAULT_SCALE.filter((rating) => rating.always || ratings.includes(rating.key) || front.meanings.has(rating.key)).map((rating) => rating.key);
  const figures = tally(ratings, scale);
  const printed = findCountsTable(found.otherTables, candidates);
  if (printed) problems.push(...checkCounts(printed, figures, request.file));

  const ids = assignIds(
    read.flatMap((actions, index) => actions.map((action) => ({ section: sectionIds[index] ?? '', text: action.action }))),
    known?.actions ?? [],
  );
  let next = 0;
  const sections: ImportedSection[] = [];
  read.forEach((actions, index) => {
    const named = actions.map((action) => ({ ...action, id: ids[next++]! }));
    const id = sectionIds[index];
    if (id === undefined) return;
    const heading = headings[index];
    const ref = known?.refs.get(id)?.[0] ?? newRef(id, heading);
    sections.push({ id, ref, title: heading?.title ?? known?.titles.get(id)?.[0] ?? id, actions: named });
  });
  const order = known ? known.sections : sections.map((section) => section.id);
  const ordered = order.flatMap((id) => sections.filter((section) => section.id === id));

  const quarterDir = path.join(request.reportDir, request.quarter);
  const files: OutputFile[] = ordered.map((section) => ({ path: path.join(quarterDir, `${section.id}${SECTION_EXTENSION}`), content: sectionYaml(section) }));
  if (!definition) {
    if (!front.introduction) {
      problems.push(
        importProblem(request.file, 'import-no-introduction', 'the document has no heading "Introduction": report.yaml gets a placeholder introduction', 'replace it in report.yaml with the introduction the report should print'),
      );
    }
    files.unshift({ path: path.join(request.reportDir, REPORT_FILE), content: newReportYaml(front, scale, ordered, request.report) });
  }
  return { files, problems, newReport: !definition, sections: ordered, tally: figures, previous: known && movedSince(known, request.quarter, ordered) };
}

function movedSince(known: KnownReport, quarter: string, sections: readonly ImportedSection[]): ImportPlan['previous'] {
  const before = formatQuarter(previousQuarter(parseQuarter(quarter)!));
  const ratings = new Map(known.actions.filter((action) => action.quarter === before).map((action) => [action.id, action.rating]));
  if (ratings.size === 0) return undefined;
  const moved = sections.flatMap((section) => section.actions).filter((action) => ratings.has(action.id) && ratings.get(action.id) !== action.rating);
  return { quarter: before, moved: moved.length };
}

/** report.yaml of a new report, from what the document says of itself. */
function newReportYaml(front: FrontMatter, scale: readonly string[], sections: readonly ImportedSection[], report: string): string {
  const title = front.title ?? report;
  return reportYaml({
    title,
    organisation: front.organisation ?? title,
    introduction: front.introduction ?? `The ${title} report.`,
    scale: DEFAULT_SCALE.filter((rating) => scale.includes(rating.key)).map((rating) => ({
      key: rating.key,
      label: rating.label,
      colour: rating.colour,
      meaning: front.meanings.get(rating.key) ?? rating.label,
    })),
    sections: sections.map((section) => section.id),
  });
}

function placeExisting(headings: readonly (ParsedHeading | undefined)[], known: KnownReport, file: string, problems: Problem[]): (string | undefined)[] {
  const placed = placeSections(headings, known, file);
  problems.push(...placed.problems);
  return placed.ids;
}

/** A new report's section ids: the reference a heading starts with ("17a"), else its title made short; unique. */
function newSectionIds(headings: readonly (ParsedHeading | undefined)[], file: string, problems: Problem[]): (string | undefined)[] {
  const taken = new Set<string>();
  return headings.map((heading, index) => {
    if (!heading) {
      problems.push(importProblem(file, 'import-no-heading', `the action table number ${index + 1} has no heading before it`, 'type the section\'s heading above its table (a Heading style or a bold line), save, and import again'));
      return undefined;
    }
    return readableId(heading.ref ?? heading.title, taken, 'section');
  });
}

/** A ref is written when the heading gave one that the id does not already show ("Priority One" for priority-one). */
function newRef(id: string, heading: ParsedHeading | undefined): string | undefined {
  return heading?.ref && heading.ref.toLowerCase() !== id ? heading.ref : undefined;
}
