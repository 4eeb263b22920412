import path from 'node:path';
import { locate, SECTION_EXTENSION, type LoadedQuarter, type LoadedReport, type SourceFile } from '../load/index.js';
import { didYouMean, type Problem } from '../problems/index.js';
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
    problems.push({
      file: path.join(quarter.path, `${id}${SECTION_EXTENSION}`),
      line: 0,
      column: 0,
      severity: 'error',
      code: 'missing-section',
      message: `section "${id}" is listed in ${report.path}${line ? ` (line ${line})` : ''} but ${quarter.id} has no file for it`,
      hint: `add ${id}${SECTION_EXTENSION} to the ${quarter.id} folder, or remove "${id}" from the sections list`,
    });
  }
  const scale = Object.keys(definition.scale);
  const allowed = [...scale, NOT_APPLICABLE];
  const firstUse = new Map<string, () => string>();
  for (const section of quarter.sections) {
    const { data, source } = section;
    if (!definition.sections.includes(section.id)) {
      problems.push({
        file: section.path,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'unlisted-section',
        message: `section "${section.id}" is not listed in ${report.path}`,
        hint: `add "${section.id}" to the sections list in ${report.path} where it belongs in the report, or remove this file`,
      });
    }
    if (!source) continue;
    if (data && data.section !== section.id) {
      problems.push({
        file: section.path,
        ...locate(source, ['section']),
        severity: 'error',
        code: 'section-mismatch',
        message: `section: "${data.section}" differs from the file name "${section.id}${SECTION_EXTENSION}"`,
        hint: `write section: ${JSON.stringify(section.id)}, or rename the file`,
      });
    }
    for (const [index, action] of (data?.actions ?? roughActions(source)).entries()) {
      if (!action) continue;
      const rag = action.rag.toLowerCase();
      if (!allowed.includes(rag)) {
        const suggestion = didYouMean(rag, allowed);
        problems.push({
          file: section.path,
          ...locate(source, ['actions', index, 'rag']),
          severity: 'error',
          code: 'unknown-rating',
          message: `rag: "${action.rag}" of action "${action.id}" is not a rating of this report`,
          hint: `${suggestion ? `did you mean "${suggestion}"? ` : ''}use one of ${scale.join(', ')} (the scale in ${report.path}) or ${NOT_APPLICABLE}`,
        });
      }
      const earlier = firstUse.get(action.id);
      if (earlier) {
        problems.push({
          file: section.path,
          ...locate(source, ['actions', index, 'id']),
          severity: 'error',
          code: 'duplicate-id',
          message: `the action id "${action.id}" is used twice in ${quarter.id}`,
          hint: `it is first used at ${earlier()}; give each action its own id (ids link an action across quarters)`,
        });
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
