import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// One verdict: for every quarter of every validate fixture, build meets
// exactly the problems validate lists for it, no more (rendering finds
// nothing new) and no fewer.
const fixtures = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const QUARTER = /^\d{4}Q[1-4]$/;
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => quartersOf(path.join(fixtures, entry.name, 'data')).map((quarter) => [entry.name, quarter] as const))
  .sort();
const out = mkdtempSync(path.join(os.tmpdir(), 'rag-agree-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('validate and build agree', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('%s %s', async (name, quarter) => {
    const folder = path.join(fixtures, name);
    const validated = await runCli(['validate', '--data', 'data', '--quarter', quarter, '--format', 'json'], folder);
    if (validated.exitCode === 2) return; // no report has that quarter: both refuse it as a usage error
    const expected = (JSON.parse(validated.stdout) as { file: string; line: number; severity: string; code: string }[]).map(
      (problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.code}`,
    );

    for (const draft of [true, false]) {
      const flags = ['--data', 'data', '--quarter', quarter, '--format', 'md,json', '--out', path.join(out, name), '--verbose'];
      const built = await runCli(['build', ...flags, ...(draft ? ['--draft'] : [])], folder);
      const met = built.stderr
        .split('\n')
        .map((line) => /^(\S+?)(?::(\d+):\d+)?  (error|warning)  (\S+)  /.exec(line))
        .filter((match) => match !== null)
        .map((match) => `${match[1]}:${match[2] ?? 0} ${match[3]} ${match[4]}`);
      // Without --draft, missing Welsh stops a Welsh build: the same problems, raised to errors.
      const expectedHere = draft ? expected : expected.map((line) => line.replace(/ warning (missing-welsh\S*)$/, ' error $1'));
      expect(met.sort(), `build${draft ? ' --draft' : ''}`).toEqual(expectedHere.sort());
      const hasErrors = expectedHere.some((line) => line.includes(' error '));
      expect(built.exitCode).toBe(hasErrors ? 1 : 0);
    }
  });
});

function quartersOf(data: string): string[] {
  const quarters = new Set<string>();
  for (const report of readdirSync(data, { withFileTypes: true })) {
    if (!report.isDirectory()) continue;
    for (const entry of readdirSync(path.join(data, report.name), { withFileTypes: true })) {
      if (entry.isDirectory() && QUARTER.test(entry.name)) quarters.add(entry.name);
    }
  }
  return [...quarters];
}
