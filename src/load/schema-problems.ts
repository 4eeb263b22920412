import type * as z from 'zod';
import { didYouMean, problem, type Problem } from '../problems/index.js';
import { fieldName, printable } from './field-name.js';
import { locate, type PathSegment, type SourceFile } from './source-file.js';

/**
 * Turns zod's issues into problems pointing at the offending value in the
 * file, with the field named as a user reads it: `actions[2] (plan-review).update.cy`.
 */
export function schemaProblems(source: SourceFile, schema: z.ZodType, value: unknown, error: z.ZodError): Problem[] {
  // A misspelt field (`udpate`) is one mistake: the field it was meant to be is not also reported missing.
  const misspelt = new Set(
    error.issues.flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys') return [];
      const path = pathOf(issue);
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => JSON.stringify([...path, didYouMean(key, allowed)]));
    }),
  );
  return error.issues.flatMap((issue): Problem[] => {
    const path = pathOf(issue);
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, path);
      return issue.keys.map((key) => {
        return problem('unknown-field', { file: source.path, ...locate(source, [...path, key], 'key') }, {
          key: printable(key),
          within: path.length ? fieldName(value, path) : undefined,
          suggestion: didYouMean(key, allowed),
          allowed,
        });
      });
    }
    const field = fieldName(value, path);
    const place = { file: source.path, ...locate(source, path) };
    const found = valueAt(value, path);
    if (path.length === 0) {
      const fields = allowedKeys(schema, []);
      return [
        found === null
          ? problem('empty-file', place, { fields })
          : problem('invalid-value', place, { message: 'the file must be a map of fields', hint: `it holds the fields ${fields.join(', ')} (see the README)` }),
      ];
    }
    if (found === undefined) {
      if (misspelt.has(JSON.stringify(path))) return [];
      return [problem('missing-field', place, { field, hint: missingHint(path) })];
    }
    // A key with nothing after it (`update:`) is empty, whatever it should have held.
    if (found === null || (issue.code === 'too_small' && typeof found === 'string')) {
      return [problem('empty-text', place, { field, isUpdate: path.includes('update') })];
    }
    return [
      problem('invalid-value', place, {
        message: `"${field}" ${isText(schema, path) ? 'must be a text in both languages' : describeIssue(issue)}`,
        hint: `${isText(schema, path) ? 'write `en:` and `cy:` on the lines below it; ' : ''}found ${JSON.stringify(found)}`,
      }),
    ];
  });
}

/** Whether the schema expects a `{ en, cy }` text at `path`. */
function isText(schema: z.ZodType, path: readonly PathSegment[]): boolean {
  return allowedKeys(schema, path).includes('en');
}

function pathOf(issue: z.core.$ZodIssue): PathSegment[] {
  return issue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function article(expected: string): string {
  return expected === 'object' ? 'a map of fields' : expected === 'array' ? 'a list' : /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function missingHint(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (last === 'en') return 'every text needs its English: add `en: ...`';
  if (last === 'cy') return 'add the Welsh text as `cy: ...`';
  return `add \`${String(last)}:\``;
}

function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** The field names the schema allows at `path`, for a did-you-mean. */
function allowedKeys(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.core.$ZodType | undefined = schema;
  for (const segment of path) current = current && child(current, segment);
  const shapeOf = current && objectShape(current);
  return shapeOf ? Object.keys(shapeOf) : [];
}

function child(schema: z.core.$ZodType, segment: PathSegment): z.core.$ZodType | undefined {
  const inner = unwrap(schema);
  const def = inner._zod.def as unknown as Record<string, unknown>;
  if (def.type === 'object') return (def.shape as Record<string, z.core.$ZodType>)[String(segment)];
  if (def.type === 'array') return def.element as z.core.$ZodType;
  if (def.type === 'record') return def.valueType as z.core.$ZodType;
  return undefined;
}

function objectShape(schema: z.core.$ZodType): Record<string, unknown> | undefined {
  const def = unwrap(schema)._zod.def as unknown as Record<string, unknown>;
  return def.type === 'object' ? (def.shape as Record<string, unknown>) : undefined;
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') current = def.innerType as z.core.$ZodType;
    else if (def.type === 'pipe') current = def.in as z.core.$ZodType;
    else if (def.type === 'union') {
      const objectOption = (def.options as z.core.$ZodType[]).find((option) => objectShape(option));
      if (!objectOption) return current;
      current = objectOption;
    } else return current;
  }
}
