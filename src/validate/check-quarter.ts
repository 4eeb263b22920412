import path from 'node:path';
import { locate, SECTION_EXTENSION, type LoadedQuarter, type LoadedReport, type SourceFile } from '../load/index.js';
import { didYouMean, problem, type Problem } from '../problems/index.js';
import { suggestRating } from './suggest-rating.js';
import { NOT_APPLICABLE } from '../schema/index.js';

/** One quarter against its report.yaml: the files match the section list, ratings the scale, ids are unique. */
export function checkQuarter(report: LoadedReport, quarter: LoadedQuarter): Problem[] {
  const definition = report.data;
  if (!definition) return [];
  const problems: Problem[] = [];
  const files = new Map(quarter.sections.map((section) => [section.id, section]));
  for (const [index, id] of definition.sections.entries()) {
    if (files.has(id)) continue;
    const line = report.source ? locate(report.source, ['sections', index]).line : 0;
    problems.push(
      problem('missing-section', { file: path.join(quarter.path, `${id}${SECTION_EXTENSION}`), line: 0, column: 0 }, {
        section: id,
        reportFile: report.path,
        line,
        quarter: quarter.id,
      }),
    );
  }
  const scale = Object.keys(definition.scale);
  const allowed = [...scale, NOT_APPLICABLE];
  const firstUse = new Map<string, () => string>();
  for (const section of quarter.sections) {
    const { data, source } = section;
    if (!definition.sections.includes(section.id)) {
      problems.push(problem('unlisted-section', { file: section.path, line: 1, column: 1 }, { section: section.id, reportFile: report.path }));
    }
    if (!source) continue;
    if (data && data.section !== section.id) {
      problems.push(problem('section-mismatch', { file: section.path, ...locate(source, ['section']) }, { section: data.section, file: section.id }));
    }
    for (const [index, action] of (data?.actions ?? roughActions(source)).entries()) {
      if (!action) continue;
      const rag = action.rag.toLowerCase();
      if (!allowed.includes(rag)) {
        problems.push(
          problem('unknown-rating', { file: section.path, ...locate(source, ['actions', index, 'rag']) }, {
            message: `rag: "${action.rag}" of action "${action.id}" is not a rating of this report`,
            suggestion: suggestRating(rag, definition.scale) ?? didYouMean(rag, [NOT_APPLICABLE]),
            allowed: `use one of ${scale.join(', ')} (the scale in ${report.path}) or ${NOT_APPLICABLE}`,
          }),
        );
      }
      const earlier = firstUse.get(action.id);
      if (earlier) {
        problems.push(
          problem('duplicate-id', { file: section.path, ...locate(source, ['actions', index, 'id']) }, { id: action.id, quarter: quarter.id, first: earlier() }),
        );
      } else {
        // Found only for a duplicate: a file read from the cache is parsed only when a problem needs its lines.
        firstUse.set(action.id, () => `${section.path}:${locate(source, ['actions', index, 'id']).line}`);
      }
    }
  }
  return problems;
}

/**
 * The ids and ratings of a file that failed the schema (an unknown field
 * elsewhere, say), so its ratings and ids are checked in the same run and
 * every problem is listed at once. Positions stay those of the file.
 */
function roughActions(source: SourceFile): ({ id: string; rag: string } | undefined)[] {
  if (source.document.errors.length > 0) return [];
  let value: { actions?: unknown } | null;
  try {
    value = source.document.toJS({ maxAliasCount: 1000 }) as typeof value;
  } catch {
    return []; // too many aliases: already a problem of its own
  }
  if (!value || !Array.isArray(value.actions)) return [];
  return value.actions.map((action: { id?: unknown; rag?: unknown } | null) =>
    action && typeof action.id === 'string' && typeof action.rag === 'string' ? { id: action.id, rag: action.rag } : undefined,
  );
}
