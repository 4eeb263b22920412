import { readFileSync, writeFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROBLEMS, problem, problemTable } from '../../src/problems/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readmePath = path.join(root, 'README.md');
const TABLE = /\| code \| severity \| what it means \|\n(?:\|.*\|\n)+/;

describe('the problem catalogue', () => {
  it('is the README table of problem codes (UPDATE=1 rewrites the README table)', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme).toMatch(TABLE);
    if (process.env.UPDATE) writeFileSync(readmePath, readme.replace(TABLE, `${problemTable()}\n`));
    expect(readFileSync(readmePath, 'utf8').match(TABLE)![0]).toBe(`${problemTable()}\n`);
  });

  it('is where every problem gets its words: no code is written as a literal object elsewhere', () => {
    const sources = listFiles(path.join(root, 'src')).filter((file) => file.endsWith('.ts') && !file.includes(`${path.sep}problems${path.sep}`));
    const literal = sources.filter((file) => /severity: '(?:error|warning)',\s*code:/.test(readFileSync(file, 'utf8')));
    expect(literal.map((file) => path.relative(root, file))).toEqual([]);
  });

  it('fills in the message and hint from the parameters', () => {
    const made = problem('unknown-rating', { file: 'a.yaml', line: 3, column: 10 }, { message: 'rag: "gren" is not a rating', suggestion: 'green', allowed: 'use one of red, amber, green' });
    expect(made).toEqual({
      file: 'a.yaml',
      line: 3,
      column: 10,
      severity: 'error',
      code: 'unknown-rating',
      message: 'rag: "gren" is not a rating',
      hint: 'did you mean "green"? use one of red, amber, green',
    });
  });

  it('gives every code a meaning, a message and a hint', () => {
    for (const [code, kind] of Object.entries(PROBLEMS)) {
      expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(kind.means.length, code).toBeGreaterThan(10);
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}
