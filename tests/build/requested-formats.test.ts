import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SAMPLE_DATA } from '../helpers/sample.js';

function sampleCopy(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rag-formats-'));
  cpSync(SAMPLE_DATA, path.join(folder, 'data'), { recursive: true });
  return folder;
}

const build = (cwd: string, formats: string, out: string) => runCli(['build', '--quarter', '2023Q2', '--format', formats, '--out', out], cwd);

/** Every file under `cwd/out`, by its path inside `out`, with its bytes. */
function written(cwd: string, out: string): Map<string, Buffer> {
  const root = path.join(cwd, out);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
  return new Map(files.map((file) => [file, readFileSync(path.join(root, file))]));
}

describe('rag-report build with some of the formats', () => {
  let cwd: string;
  let full: Map<string, Buffer>;

  beforeAll(async () => {
    cwd = sampleCopy();
    const result = await build(cwd, 'md,html,json,docx', 'full');
    expect(result.exitCode, result.stderr).toBe(0);
    full = written(cwd, 'full');
  }, 60_000); // a full build of both reports, on a busy machine

  /** The files of the full build whose names end with one of `endings`. */
  const fullBuildFiles = (...endings: string[]) => [...full.keys()].filter((file) => endings.some((ending) => file.endsWith(ending)));

  it.each([
    // One summary.json per report; per report and language one .md with its comparison chart (two
    // quarters or fewer draw no trend), or one .html.
    { formats: 'json', endings: ['summary.json'], count: 2 },
    { formats: 'md', endings: ['.md', '.svg'], count: 8 },
    { formats: 'html', endings: ['.html'], count: 4 },
    { formats: 'json,md', endings: ['summary.json', '.md', '.svg'], count: 10 },
  ])('--format $formats writes only its own $count files, each the same as in a full build', async ({ formats, endings, count }) => {
    const out = `only-${formats.replace(',', '-')}`;
    const result = await build(cwd, formats, out);
    expect(result.exitCode, result.stderr).toBe(0);
    const files = written(cwd, out);
    expect(files.size).toBe(count);
    expect([...files.keys()]).toEqual(fullBuildFiles(...endings));
    for (const [file, bytes] of files) expect(bytes.equals(full.get(file)!), file).toBe(true);
  });

  it('a json-only build still fails on a hand-written summary that cannot be filled in, as a full build does', async () => {
    const broken = sampleCopy();
    writeFileSync(path.join(broken, 'data/policing-protocol/2023Q2/summary.en.md'), 'There are {{current.counts.purple}} purple actions.\n');
    const result = await build(broken, 'json', 'dist');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/summary\.en\.md:1:\d+ {2}error {2}narrative-field/);
  });
});
