import type { Problem } from '../problems/index.js';
import { importProblem } from './import-problem.js';
import type { KnownReport } from './known-report.js';
import type { ParsedHeading } from './parse-heading.js';
import { normaliseText } from './plain-text.js';
import { CLOSE, textSimilarity } from './text-similarity.js';

/**
 * The section of an existing report that each heading is, or a problem: by
 * the reference it starts with ("17a)"), else by its title in earlier
 * quarters (exact, then close), else by position when the document has as
 * many sections as report.yaml lists. A heading never becomes a new section.
 */
export function placeSections(
  headings: readonly (ParsedHeading | undefined)[],
  known: KnownReport,
  file: string,
): { ids: (string | undefined)[]; problems: Problem[] } {
  const ids = headings.map((heading) => (heading ? byRefOrTitle(heading, known) : undefined));
  if (headings.length === known.sections.length) {
    headings.forEach((_, index) => {
      const candidate = known.sections[index]!;
      if (ids[index] === undefined && !ids.includes(candidate)) ids[index] = candidate;
    });
  }
  const problems: Problem[] = [];
  headings.forEach((heading, index) => {
    const id = ids[index];
    const name = heading ? `the heading "${[heading.ref, heading.title].filter(Boolean).join(') ')}"` : `the action table number ${index + 1}, which has no heading,`;
    if (id === undefined) {
      problems.push(
        importProblem(file, 'import-unplaced-heading', `${name} matches no section of report.yaml (${known.sections.join(', ')})`, 'start the heading with the section\'s reference, such as "17a)", or give it the title it had in earlier quarters'),
      );
    } else if (ids.indexOf(id) !== index) {
      problems.push(importProblem(file, 'import-duplicate-section', `${name} is section ${id} again`, 'each section of the report may appear once in the document: merge the two tables in Word'));
    }
  });
  for (const section of known.sections) {
    if (!ids.includes(section)) {
      problems.push(importProblem(file, 'import-missing-section', `report.yaml lists section ${section}, which the document does not have`, 'every quarter has every section of report.yaml: add its heading and table to the document, or remove the section from report.yaml'));
    }
  }
  return { ids, problems };
}

function byRefOrTitle(heading: ParsedHeading, known: KnownReport): string | undefined {
  const title = normaliseText(heading.title);
  const titled = known.sections.find((id) => (known.titles.get(id) ?? []).some((earlier) => normaliseText(earlier) === title));
  if (heading.ref) {
    const ref = heading.ref.toLowerCase();
    const referenced = known.sections.find((id) => id.toLowerCase() === ref || (known.refs.get(id) ?? []).some((earlier) => earlier.toLowerCase() === ref));
    // A mistyped reference ("17I)" for 17l) gives way to a title that is exactly another section's.
    if (referenced && (!titled || titled === referenced)) return referenced;
  }
  if (titled) return titled;
  let best: { id: string; score: number } | undefined;
  for (const id of known.sections) {
    for (const earlier of known.titles.get(id) ?? []) {
      const score = textSimilarity(earlier, heading.title);
      if (score >= CLOSE && (!best || score > best.score)) best = { id, score };
    }
  }
  return best?.id;
}
