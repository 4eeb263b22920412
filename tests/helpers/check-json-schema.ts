/**
 * A small JSON Schema (draft 7) checker for the keywords z.toJSONSchema writes
 * for rag-report's schemas: enough to show that an editor using the generated
 * schema accepts the sample data. An unknown keyword fails loudly.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', 'title', 'description', 'type', 'properties', 'required', 'additionalProperties',
  'propertyNames', 'items', 'anyOf', 'pattern', 'minLength', 'minItems', 'minimum', 'maximum', 'enum',
]);

export function checkJsonSchema(schema: Schema, value: unknown, path = '$'): string[] {
  const unknown = Object.keys(schema).filter((key) => !KNOWN.has(key));
  if (unknown.length) throw new Error(`${path}: the checker does not know ${unknown.join(', ')}`);
  if (schema.anyOf) {
    const options = (schema.anyOf as Schema[]).map((option) => checkJsonSchema(option, value, path));
    if (options.every((errors) => errors.length > 0)) return [`${path}: matches no option: ${options.flat().join('; ')}`];
  }
  if (schema.type !== undefined && ![schema.type].flat().some((type) => hasType(value, type as string))) {
    return [`${path}: expected ${String(schema.type)}, found ${JSON.stringify(value)}`];
  }
  const errors: string[] = [];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: not one of ${String(schema.enum)}`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern as string, 'u').test(value)) errors.push(`${path}: does not match ${String(schema.pattern)}`);
    if (schema.minLength !== undefined && value.length < (schema.minLength as number)) errors.push(`${path}: too short`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) errors.push(`${path}: below the minimum`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) errors.push(`${path}: above the maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < (schema.minItems as number)) errors.push(`${path}: too few items`);
    if (schema.items) value.forEach((item, index) => errors.push(...checkJsonSchema(schema.items as Schema, item, `${path}[${index}]`)));
  } else if (value !== null && typeof value === 'object') {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in value)) errors.push(`${path}: missing ${key}`);
    for (const [key, item] of Object.entries(value)) {
      const where = `${path}.${key}`;
      if (schema.propertyNames) errors.push(...checkJsonSchema(schema.propertyNames as Schema, key, `${where} (name)`));
      if (properties[key]) errors.push(...checkJsonSchema(properties[key], item, where));
      else if (schema.additionalProperties === false) errors.push(`${where}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') errors.push(...checkJsonSchema(schema.additionalProperties as Schema, item, where));
    }
  }
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  if (type === 'null') return value === null;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return value !== null && typeof value === 'object' && !Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}
