import type { PathSegment } from './source-file.js';

/** `actions[2] (plan-review).update.cy` */
export function fieldName(value: unknown, path: readonly PathSegment[]): string {
  let name = '';
  let current: unknown = value;
  for (const segment of path) {
    current = (current as Record<PathSegment, unknown> | undefined)?.[segment];
    if (typeof segment === 'number') {
      const id = (current as { id?: unknown } | undefined)?.id;
      name += typeof id === 'string' ? `[${segment}] (${id})` : `[${segment}]`;
    } else {
      name += name ? `.${printable(segment)}` : printable(segment);
    }
  }
  return name;
}

/**
 * A key from the data as it may be printed to a terminal: control characters
 * (an escape sequence that would clear the screen or recolour it) are shown
 * as \u escapes instead of acting.
 */
export function printable(text: string): string {
  return text.replace(/[\0-\x1F\x7F-\x9F]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
