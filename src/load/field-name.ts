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
      name += name ? `.${segment}` : segment;
    }
  }
  return name;
}
