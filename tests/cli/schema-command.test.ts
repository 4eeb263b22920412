import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/cli/commands/schema.js';
import { checkJsonSchema } from '../helpers/check-json-schema.js';
import { runCli } from '../helpers/run-cli.js';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = path.join(repository, 'data');
const committedSchemas = path.join(dataDir, '.schema');
const temporary = mkdtempSync(path.join(tmpdir(), 'rag-report-schema-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

type Schema = Record<string, unknown>;

/** Every schema below `schema` that describes a property, with its place. */
function properties(schema: Schema, where = ''): [string, Schema][] {
  const found: [string, Schema][] = [];
  for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    found.push([`${where}.${name}`, child], ...properties(child, `${where}.${name}`));
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    if (typeof schema[key] === 'object') found.push(...properties(schema[key] as Schema, `${where}[]`));
  }
  for (const option of (schema.anyOf ?? []) as Schema[]) found.push(...properties(option, where));
  return found;
}

/** The YAML files under the data folder, with the $schema of their first line. */
function dataFiles(): { file: string; schemaPath: string | undefined }[] {
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const file = path.join(dataDir, name);
      const firstLine = readFileSync(file, 'utf8').split('\n')[0]!;
      return { file, schemaPath: /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine)?.[1] };
    });
}

describe('rag-report schema', () => {
  it('--out writes report.schema.json and section.schema.json', async () => {
    const result = await runCli(['schema', '--out', temporary], repository);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(temporary).sort()).toEqual(['report.schema.json', 'section.schema.json']);
    expect(result.stderr).toContain(`wrote ${path.join(temporary, 'report.schema.json')}`);
    for (const [name, text] of Object.entries(jsonSchemas())) expect(readFileSync(path.join(temporary, name), 'utf8')).toBe(text);
  });

  it('without --out prints the section schema', async () => {
    const result = await runCli(['schema'], repository);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ title: 'section', type: 'object' });
  });

  it.each(Object.keys(jsonSchemas()))('%s describes every property', (name) => {
    const schema = JSON.parse(jsonSchemas()[name]!) as Schema;
    expect(schema.description).toBeTruthy();
    const all = properties(schema);
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter(([, child]) => !child.description).map(([where]) => where)).toEqual([]);
  });

  it('data/.schema holds the schemas as generated now (regenerate: rag-report schema --out data/.schema)', () => {
    expect(readdirSync(committedSchemas).sort()).toEqual(Object.keys(jsonSchemas()).sort());
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(readFileSync(path.join(committedSchemas, name), 'utf8'), name).toBe(text);
    }
  });

  it("every data file's first line names its schema, and the path leads to it", () => {
    const files = dataFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const { file, schemaPath } of files) {
      const expected = path.basename(file) === 'report.yaml' ? 'report.schema.json' : 'section.schema.json';
      expect(schemaPath, file).toBeDefined();
      expect(path.resolve(path.dirname(file), schemaPath!), file).toBe(path.join(committedSchemas, expected));
    }
  });

  it('the sample data matches the JSON Schemas, as an editor checks it', () => {
    const schemas = Object.fromEntries(
      Object.entries(jsonSchemas()).map(([name, text]) => [name, JSON.parse(text) as Schema]),
    );
    for (const { file, schemaPath } of dataFiles()) {
      const schema = schemas[path.basename(schemaPath!)]!;
      expect(checkJsonSchema(schema, parse(readFileSync(file, 'utf8'))), file).toEqual([]);
    }
  });

  it('the JSON Schema rejects what validate rejects: a misspelt field and a missing one', () => {
    const section = JSON.parse(jsonSchemas()['section.schema.json']!) as Schema;
    const action = { id: 'plan', action: { en: 'Write the plan' }, rag: 'amber', udpate: { en: 'Done.' } };
    const errors = checkJsonSchema(section, { section: 's1', title: { en: 'A section' }, actions: [action] });
    expect(errors).toEqual(['$.actions[0]: missing update', '$.actions[0].udpate: not allowed']);
  });
});
