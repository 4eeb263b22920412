import type { LoadedReport, LoadedSection } from '../../load/index.js';
import { sectionFileSchema } from '../../schema/index.js';

/** Stands in for a text still to write, so that the file's ratings can be counted. */
const TO_WRITE = '…';

/**
 * The report with the section files that failed only for texts still to
 * write (a quarter `new-quarter` has started) read with those texts stood in
 * for, and the ids of the quarters that have any: their ratings count, and
 * history marks them as in progress.
 */
export function withTextsToWrite(report: LoadedReport): { report: LoadedReport; inProgress: Set<string> } {
  const inProgress = new Set<string>();
  const quarters = report.quarters.map((quarter) => {
    const sections = quarter.sections.map((section): LoadedSection => {
      if (section.data || !section.source || section.source.document.errors.length > 0) return section;
      const parsed = sectionFileSchema.safeParse(fillEmptyTexts(section.source.document.toJS({ maxAliasCount: 1000 })));
      if (!parsed.success) return section;
      inProgress.add(quarter.id);
      return { ...section, data: parsed.data };
    });
    return { ...quarter, sections };
  });
  return { report: { ...report, quarters }, inProgress };
}

/** Every empty `en:` and every empty or absent `update:` given TO_WRITE. */
function fillEmptyTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fillEmptyTexts);
  if (value === null || typeof value !== 'object') return value;
  const filled: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) filled[key] = fillEmptyTexts(item);
  if ('en' in filled && (filled.en === null || (typeof filled.en === 'string' && !filled.en.trim()))) filled.en = TO_WRITE;
  if ('rag' in filled && (filled.update === null || filled.update === undefined)) filled.update = { en: TO_WRITE };
  return filled;
}
