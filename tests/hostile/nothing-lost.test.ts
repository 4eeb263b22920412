import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, hashTree, listFiles, sampleCopy } from './helpers.js';

// Each case runs the whole CLI, some of them a build: allow for a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const build = (cwd: string, ...extra: string[]) => runCli(['build', '--quarter', '2023Q2', '--format', 'md,html,json', ...extra], cwd);

/** Temporary files left by an interrupted write. */
const strayTemporaries = (root: string) => listFiles(root).filter((file) => /(^|\/)\.[^/]*\.tmp$/.test(file));

/** A sample copy with a finished build in dist/, and the hashes of that build. */
async function builtCopy() {
  const cwd = sampleCopy();
  const first = await build(cwd);
  expect(first.exitCode).toBe(0);
  return { cwd, dist: path.join(cwd, 'dist'), before: hashTree(path.join(cwd, 'dist')) };
}

describe('a build that fails halfway loses nothing', () => {
  it.each([
    ['the second report\'s English summary names a field that does not exist', 'data/policing-protocol/2023Q2/summary.en.md', '\nWe rated {{current.counts.purple}} purple.\n'],
    ['the second report\'s Welsh summary names a field that does not exist', 'data/policing-protocol/2023Q2/summary.cy.md', '\n{{previous.nothing}}\n'],
    ['the first report\'s summary names a field that does not exist', 'data/business-plan/2023Q2/summary.en.md', '\n{{current.percent}}x{{summary.bogus}}\n'],
    ['a section file of the second report is broken', 'data/policing-protocol/2023Q2/17m.yaml', '\n  - id: [unclosed\n'],
  ])('when %s, the previous dist/ is byte-identical and no temporary file is left', async (_case, file, appended) => {
    const { cwd, dist, before } = await builtCopy();
    appendFileSync(path.join(cwd, file), appended);
    const result = await build(cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).toContain(path.basename(file));
    expect(hashTree(dist)).toEqual(before);
    expect(strayTemporaries(cwd)).toEqual([]);
  }, 30_000);

  it('when a target cannot be replaced (a folder stands at its path), the other reports\' previous files are unchanged', async () => {
    const { cwd, dist, before } = await builtCopy();
    // Change the data so that a rebuild would change the first report's files.
    const summary = path.join(cwd, 'data/business-plan/2023Q2/summary.en.md');
    appendFileSync(summary, '\nA new closing paragraph.\n');
    // Replace the last report's summary.json by a non-empty folder: it cannot be renamed over.
    const blocked = path.join(dist, 'policing-protocol/2023Q2/summary.json');
    rmSync(blocked);
    mkdirSync(path.join(blocked, 'inside'), { recursive: true });
    const middle = hashTree(dist);
    const result = await build(cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('a folder stands where a file should be');
    expect(hashTree(dist)).toEqual(middle);
    expect(middle['business-plan/2023Q2/business-plan-2023Q2.en.md']).toBe(before['business-plan/2023Q2/business-plan-2023Q2.en.md']);
    expect(strayTemporaries(cwd)).toEqual([]);
  }, 30_000);
});

describe('commands that only read never modify data/', () => {
  it.each([
    [['validate']],
    [['validate', '--strict', '--format', 'json']],
    [['compare', '--quarter', '2023Q2']],
    [['compare', '--quarter', '2023Q2', '--format', 'json']],
    [['history']],
    [['history', '--format', 'csv']],
    [['build', '--quarter', '2023Q2']],
    [['build', '--quarter', '2023Q2', '--out', 'elsewhere', '--draft']],
  ])('rag-report %j leaves every file under data/ as it was', async (args) => {
    const cwd = sampleCopy();
    const data = path.join(cwd, 'data');
    const before = hashTree(data);
    const folders = readdirSync(data, { recursive: true }).length;
    const result = await runCli(args, cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(0);
    expect(hashTree(data)).toEqual(before);
    expect(readdirSync(data, { recursive: true })).toHaveLength(folders);
  }, 30_000);

  it('a failing validate, compare, history and build leave data/ as it was too', async () => {
    const cwd = sampleCopy();
    appendFileSync(path.join(cwd, 'data/policing-protocol/2023Q2/17m.yaml'), '\n  - id: [unclosed\n');
    const data = path.join(cwd, 'data');
    const before = hashTree(data);
    for (const args of [['validate'], ['compare', '--quarter', '2023Q2'], ['history'], ['build', '--quarter', '2023Q2']]) {
      const result = await runCli(args, cwd);
      expectNoStack(result);
      expect(result.exitCode, args.join(' ')).not.toBe(0);
      expect(hashTree(data)).toEqual(before);
    }
  });
});
