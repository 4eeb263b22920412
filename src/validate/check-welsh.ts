import { fieldName, locate, type SourceFile } from '../load/index.js';
import { problem, type Problem } from '../problems/index.js';
import { sourceHash } from '../translate/source-hash.js';
import { textFields } from './text-fields.js';

/** Warnings for texts with no Welsh, and Welsh translated from an English text that has since changed. */
export function checkWelsh(file: string, source: SourceFile, value: unknown): Problem[] {
  return textFields(value).flatMap(({ path, text }): Problem[] => {
    const field = fieldName(value, path);
    if (!text.cy?.trim()) return [problem('missing-welsh', { file, ...locate(source, path) }, { field })];
    const hash = sourceHash(text.en);
    if (text.cy_source && text.cy_source !== hash) {
      return [problem('stale-welsh', { file, ...locate(source, [...path, 'cy']) }, { field, hash })];
    }
    return [];
  });
}
