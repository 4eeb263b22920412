import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlFile } from '../../src/load/read-yaml-file.js';
import { schemaProblems } from '../../src/load/schema-problems.js';
import type { Problem } from '../../src/problems/index.js';
import { sectionFileSchema } from '../../src/schema/index.js';

const FILE = 'data/report/2023Q2/17m.yaml';

/** The section-file loader: bytes to a model, or to problems. */
function loadSection(bytes: Uint8Array): { model?: unknown; problems: Problem[] } {
  const parsed = parseYamlFile(FILE, bytes);
  if (!parsed.source || parsed.value === undefined) return { problems: parsed.problems };
  const result = sectionFileSchema.safeParse(parsed.value);
  if (result.success) return { model: result.data, problems: parsed.problems };
  return { problems: [...parsed.problems, ...schemaProblems(parsed.source, sectionFileSchema, parsed.value, result.error)] };
}

/** Either a valid model or problems, each with a position and a code. */
function expectModelOrPositionedProblems(bytes: Uint8Array): void {
  const { model, problems } = loadSection(bytes);
  if (problems.length === 0) {
    expect(model).toBeDefined();
    return;
  }
  for (const problem of problems) {
    expect(problem.file).toBe(FILE);
    expect(problem.line).toBeGreaterThanOrEqual(0);
    expect(problem.column).toBeGreaterThanOrEqual(0);
    expect(typeof problem.code).toBe('string');
    expect(problem.code).not.toBe('');
    expect(problem.message).not.toBe('');
  }
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const RUNS = { numRuns: 200 };

/** Pieces of section files and YAML syntax, so that generated text gets deep into the parser and the schema. */
const yamlPiece = fc.constantFrom(
  'section: 17m\n', 'title:\n', '  en: Title\n', '  cy: Teitl\n', 'actions:\n', '  - id: a\n', '    rag: green\n', '    rag: purple\n',
  '    action: { en: A, cy: B }\n', '    update:\n', '      en: |\n', '        text\n', '      cy: ""\n', '    change_reason: x\n',
  '__proto__: {polluted: 1}\n', 'constructor: 1\n', '&a ', '*a', '[', ']', '{', '}', ': ', '- ', '\t', '"', "'", '#', '\n', '  ', '---\n', '!!binary ', '? ', '|', '>', '%YAML 1.2\n', '\uFEFF', '\r\n',
);

/** A valid section file's data, to be mutated by arbitrary values. */
const validSection = {
  section: '17m',
  title: { en: 'Title', cy: 'Teitl' },
  actions: [{ id: 'a', action: { en: 'A', cy: 'B' }, rag: 'green', update: { en: 'Done.', cy: 'Wedi.' } }],
};

describe('the section-file loader never throws (fast-check)', () => {
  it('any string gives a model or positioned problems', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => expectModelOrPositionedProblems(utf8(text))), RUNS);
  });

  it('any bytes give a model or positioned problems', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectModelOrPositionedProblems(bytes)), RUNS);
  });

  it('any sequence of YAML and section-file pieces gives a model or positioned problems', () => {
    fc.assert(
      fc.property(fc.array(yamlPiece, { maxLength: 60 }), (pieces) => expectModelOrPositionedProblems(utf8(pieces.join('')))),
      RUNS,
    );
  });

  it('any value serialised as YAML gives a model or positioned problems', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        expectModelOrPositionedProblems(utf8(stringify(value)));
      }),
      RUNS,
    );
  });

  it('a valid section file with any field replaced or added gives a model or positioned problems', () => {
    const key = fc.oneof(fc.constantFrom('section', 'title', 'actions', '__proto__', 'constructor', 'en', 'cy', 'rag', 'id'), fc.string());
    fc.assert(
      fc.property(key, fc.anything(), fc.object(), fc.boolean(), (field, value, extra, inAction) => {
        const data = structuredClone(validSection) as Record<string, unknown> & { actions: Record<string, unknown>[] };
        const target = inAction ? data.actions[0]! : data;
        Object.defineProperty(target, field, { value, enumerable: true, configurable: true, writable: true });
        if (typeof data.title === 'object' && data.title !== null) Object.assign(data.title, extra);
        expectModelOrPositionedProblems(utf8(stringify(data)));
      }),
      RUNS,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a valid section file loads as a model', () => {
    const { model, problems } = loadSection(utf8(stringify(validSection)));
    expect(problems).toEqual([]);
    expect(model).toMatchObject({ section: '17m' });
  });
});
