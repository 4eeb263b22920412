import type { PathSegment } from '../load/index.js';
import { parseQuarter } from '../quarter/index.js';

/**
 * A translation unit's id names its place so that import finds it even when
 * lines have moved: `<file>#<field>`, the file relative to the data folder,
 * e.g. `policing-protocol/2023Q2/17a.yaml#actions[id=pcp-review].update`.
 * Actions are named by their id, not their position, so reordering them is
 * harmless. A narrative's id is its Welsh file alone: `<report>/<quarter>/summary.cy.md`.
 */
export type IdStep = { readonly key: string } | { readonly index: number } | { readonly id: string };

export interface UnitPlace {
  /** Relative to the data folder, with forward slashes. */
  readonly file: string;
  readonly kind: 'yaml' | 'narrative';
  /** Empty for a narrative. */
  readonly steps: readonly IdStep[];
}

export const WELSH_NARRATIVE = 'summary.cy.md';
export const ENGLISH_NARRATIVE = 'summary.en.md';

const NAME = /^[A-Za-z0-9_-]+$/;
const ITEM_ID = /^[A-Za-z0-9._-]+$/;
const FOLDER = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function formatUnitId(file: string, path: readonly PathSegment[], value: unknown): string {
  let field = '';
  let current: unknown = value;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const items = current as unknown[];
      const id = itemId(items[segment]);
      const unique = id !== undefined && items.filter((item) => itemId(item) === id).length === 1;
      field += unique ? `[id=${id}]` : `[${segment}]`;
    } else {
      field += NAME.test(segment) ? `${field ? '.' : ''}${segment}` : `[${JSON.stringify(segment)}]`;
    }
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return `${file}#${field}`;
}

/** The place an id names, or why it names none. Never a place outside the data folder. */
export function parseUnitId(id: string): UnitPlace | { readonly error: string } {
  const hash = id.indexOf('#');
  const file = hash < 0 ? id : id.slice(0, hash);
  const kind = fileKind(file);
  if (!kind) {
    return {
      error: `"${file}" is not a file of the data folder: expected <report>/report.yaml, <report>/<quarter>/<section>.yaml or <report>/<quarter>/${WELSH_NARRATIVE}`,
    };
  }
  if (kind === 'narrative') return hash < 0 ? { file, kind, steps: [] } : { error: `a narrative's id has no field after "#"` };
  const steps = hash < 0 ? undefined : parseField(id.slice(hash + 1));
  return steps?.length ? { file, kind, steps } : { error: `"${id.slice(hash + 1)}" is not a field path such as actions[id=plan-review].update` };
}

/** The path into the file's data that `steps` name, or undefined when the data has no such place. */
export function resolveSteps(value: unknown, steps: readonly IdStep[]): PathSegment[] | undefined {
  const path: PathSegment[] = [];
  let current = value;
  for (const step of steps) {
    if ('key' in step) {
      if (!isRecord(current) || !(step.key in current)) return undefined;
      path.push(step.key);
      current = current[step.key];
    } else {
      if (!Array.isArray(current)) return undefined;
      const index = 'index' in step ? step.index : current.findIndex((item) => itemId(item) === step.id);
      const ambiguous = 'id' in step && current.filter((item) => itemId(item) === step.id).length > 1;
      if (index < 0 || index >= current.length || ambiguous) return undefined;
      path.push(index);
      current = current[index];
    }
  }
  return path;
}

function fileKind(file: string): UnitPlace['kind'] | undefined {
  const parts = file.split('/');
  if (!parts.every((part) => FOLDER.test(part) && part !== '..')) return undefined;
  if (parts.length === 2 && parts[1] === 'report.yaml') return 'yaml';
  if (parts.length !== 3 || !parseQuarter(parts[1]!)) return undefined;
  if (parts[2] === WELSH_NARRATIVE) return 'narrative';
  return parts[2]!.endsWith('.yaml') ? 'yaml' : undefined;
}

function parseField(field: string): IdStep[] | undefined {
  const steps: IdStep[] = [];
  const pattern = /\.?([A-Za-z0-9_-]+)|\[(\d+)\]|\[id=([A-Za-z0-9._-]+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  while (pattern.lastIndex < field.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(field);
    if (!match) return undefined;
    if (match[1] !== undefined) {
      if ((start === 0) === match[0].startsWith('.')) return undefined;
      steps.push({ key: match[1] });
    } else if (match[2] !== undefined) steps.push({ index: Number(match[2]) });
    else if (match[3] !== undefined) steps.push({ id: match[3] });
    else steps.push({ key: JSON.parse(match[4]!) as string });
  }
  return steps;
}

function itemId(item: unknown): string | undefined {
  const id = isRecord(item) ? item.id : undefined;
  const text = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  return text !== undefined && ITEM_ID.test(text) ? text : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
