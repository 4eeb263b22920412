import path from 'node:path';
import * as z from 'zod';
import { displayPath } from '../../load/index.js';
import { reportFileSchema, sectionFileSchema } from '../../schema/index.js';
import { writeFilesAtomically } from '../../write/index.js';
import type { Io } from '../io.js';

export const SCHEMA_FILES = {
  'report.schema.json': reportFileSchema,
  'section.schema.json': sectionFileSchema,
} as const;

/** The JSON Schemas generated from the zod schemas, as file name → text. */
export function jsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SCHEMA_FILES).map(([name, schema]) => {
      const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
      return [name, `${JSON.stringify({ ...json, title: name.replace('.schema.json', '') }, null, 2)}\n`];
    }),
  );
}

export function schemaCommand(options: { out?: string; quiet?: boolean }, io: Io): void {
  const schemas = jsonSchemas();
  if (!options.out) {
    io.stdout(schemas['section.schema.json']!);
    return;
  }
  const dir = path.resolve(io.cwd, options.out);
  const written = writeFilesAtomically(
    Object.entries(schemas).map(([name, text]) => ({ path: path.join(dir, name), content: text })),
  );
  if (!options.quiet) for (const file of written) io.stderr(`wrote ${displayPath(io.cwd, file)}`);
}
