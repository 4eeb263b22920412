import { fieldName, locate, type SourceFile } from '../load/index.js';
import type { Problem } from '../problems/index.js';
import { sourceHash } from '../translate/source-hash.js';
import { textFields } from './text-fields.js';

/** Warnings for texts with no Welsh, and Welsh translated from an English text that has since changed. */
export function checkWelsh(file: string, source: SourceFile, value: unknown): Problem[] {
  return textFields(value).flatMap(({ path, text }): Problem[] => {
    const field = fieldName(value, path);
    if (!text.cy?.trim()) {
      return [
        {
          file,
          ...locate(source, path),
          severity: 'warning',
          code: 'missing-welsh',
          message: `"${field}" has no Welsh text`,
          hint: 'add `cy:` beside `en:`; a Welsh document cannot be built until it is there (or use --draft)',
        },
      ];
    }
    if (text.cy_source && text.cy_source !== sourceHash(text.en)) {
      return [
        {
          file,
          ...locate(source, [...path, 'cy']),
          severity: 'warning',
          code: 'stale-welsh',
          message: `the English of "${field}" has changed since its Welsh was translated`,
          hint: 'update the Welsh (or export it for the translator with `rag-report translations export`)',
        },
      ];
    }
    return [];
  });
}
