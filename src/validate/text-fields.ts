import type { PathSegment } from '../load/index.js';
import type { BilingualText } from '../schema/index.js';

export interface TextField {
  readonly path: readonly PathSegment[];
  readonly text: BilingualText;
}

/** Every bilingual text in a parsed file, with its path: found by shape, so new fields need no code. */
export function textFields(value: unknown, path: readonly PathSegment[] = []): TextField[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value === null || typeof value !== 'object') return [];
  if (typeof (value as { en?: unknown }).en === 'string') return [{ path, text: value as BilingualText }];
  return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
}
