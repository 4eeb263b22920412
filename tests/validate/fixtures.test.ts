import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// One folder per bad input: data/ beside expected.txt, the exact output of
// `rag-report validate --data data` run from that folder. UPDATE=1 rewrites expected.txt.
const fixtures = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('validate fixtures', () => {
  it('has the cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18);
  });

  it.each(cases)('%s', async (name) => {
    const folder = path.join(fixtures, name);
    const result = await runCli(['validate', '--data', 'data'], folder);
    const expectedFile = path.join(folder, 'expected.txt');
    if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, result.stdout);

    expect(result.stdout).toBe(readFileSync(expectedFile, 'utf8'));
    expect(result.stderr).toBe('');
    const hasErrors = /^\S+\s{2}error\s{2}/m.test(result.stdout);
    expect(result.exitCode).toBe(hasErrors ? 1 : 0);
  });
});
