import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputs } from '../../src/cache/build-inputs.js';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/translate/mixed/data');

function project(): { cwd: string; env: Record<string, string> } {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rag-cached-build-'));
  cpSync(FIXTURE, path.join(cwd, 'data'), { recursive: true });
  return { cwd, env: { XDG_CACHE_HOME: path.join(cwd, 'cache') } };
}

const build = ({ cwd, env }: { cwd: string; env: Record<string, string> }, ...extra: string[]) =>
  runCli(['build', '--quarter', '2023Q2', '--draft', ...extra], cwd, env);

/** Every file under dist, by its path there. */
function outputs(cwd: string): Map<string, string> {
  const dist = path.join(cwd, 'dist');
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [path.relative(dist, file), readFileSync(file).toString('base64')]),
  );
}

describe('the build cache', () => {
  it('builds unchanged inputs again from the cache, to the same bytes', async () => {
    const folder = project();
    const first = await build(folder);
    expect(first.exitCode).toBe(0);
    expect(first.stderr).not.toContain('unchanged since the last build');
    const made = outputs(folder.cwd);
    rmSync(path.join(folder.cwd, 'dist'), { recursive: true });
    const again = await build(folder);
    expect(again.exitCode).toBe(0);
    expect(again.stderr).toContain('unchanged since the last build');
    expect(outputs(folder.cwd)).toEqual(made);
  });

  it('builds afresh once a byte of an input has changed', async () => {
    const folder = project();
    await build(folder);
    const section = path.join(folder.cwd, 'data/demo/2023Q2/s1.yaml');
    writeFileSync(section, readFileSync(section, 'utf8').replace('en: ', 'en: Indeed, '));
    const after = await build(folder);
    expect(after.exitCode).toBe(0);
    expect(after.stderr).not.toContain('unchanged since the last build');
    expect(readFileSync(path.join(folder.cwd, 'dist/demo/2023Q2/demo-2023Q2.en.md'), 'utf8')).toContain('Indeed, ');
  });

  it('reuses what an earlier build made for other formats, and makes only what is missing', async () => {
    const folder = project();
    await build(folder, '--format', 'md,json');
    const wider = await build(folder, '--format', 'md,json,html');
    expect(wider.stderr).not.toContain('unchanged since the last build');
    const narrower = await build(folder, '--format', 'html,json');
    expect(narrower.stderr).toContain('unchanged since the last build');
  });

  it('prints the warnings of the data again when the build comes from the cache', async () => {
    const folder = project();
    const first = await build(folder);
    const again = await build(folder);
    expect(first.stderr).toContain('warning');
    expect(again.stderr.split('\n').filter((line) => line.includes('warning'))).toEqual(first.stderr.split('\n').filter((line) => line.includes('warning')));
  });

  it('still fails on an error of the data after a build without it', async () => {
    const folder = project();
    await build(folder);
    rmSync(path.join(folder.cwd, 'dist'), { recursive: true });
    // Without --draft, the missing Welsh summary stops a Welsh build.
    const strict = await runCli(['build', '--quarter', '2023Q2'], folder.cwd, folder.env);
    expect(strict.exitCode).toBe(1);
    expect(existsSync(path.join(folder.cwd, 'dist'))).toBe(false);
  });

  it('neither reads nor writes the cache with --no-cache', async () => {
    const folder = project();
    const result = await build(folder, '--no-cache');
    expect(result.exitCode).toBe(0);
    expect(existsSync(folder.env.XDG_CACHE_HOME!)).toBe(false);
  });

  it('builds the same bytes when every cache entry is damaged', async () => {
    const folder = project();
    await build(folder);
    const made = outputs(folder.cwd);
    const cache = folder.env.XDG_CACHE_HOME!;
    for (const entry of readdirSync(cache, { recursive: true, withFileTypes: true }).filter((item) => item.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      writeFileSync(file, readFileSync(file).subarray(0, 40));
    }
    rmSync(path.join(folder.cwd, 'dist'), { recursive: true });
    const again = await build(folder);
    expect(again.exitCode).toBe(0);
    expect(again.stderr).not.toContain('unchanged since the last build');
    expect(outputs(folder.cwd)).toEqual(made);
  });
});

describe('the inputs of a build', () => {
  const keyOf = (dataDir: string) => buildInputs({ dataDir, quarter: '2023Q2', trendQuarters: 8 })!.reports[0]!.key;

  it('change with the quarter built and the one before, not with a later quarter being written', () => {
    const { cwd } = project();
    const dataDir = path.join(cwd, 'data');
    const before = keyOf(dataDir);
    cpSync(path.join(dataDir, 'demo/2023Q2'), path.join(dataDir, 'demo/2023Q3'), { recursive: true });
    writeFileSync(path.join(dataDir, 'demo/2023Q3/s1.yaml'), 'section: s1\n');
    expect(keyOf(dataDir)).toBe(before);
    writeFileSync(path.join(dataDir, 'demo/2023Q1/s2.yaml'), `${readFileSync(path.join(dataDir, 'demo/2023Q1/s2.yaml'), 'utf8')}\n`);
    expect(keyOf(dataDir)).not.toBe(before);
  });
});
