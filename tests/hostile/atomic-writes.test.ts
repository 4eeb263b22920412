import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFilesAtomically } from '../../src/write/index.js';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, hashTree, listFiles, sampleCopy } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const build = (cwd: string) => runCli(['build', '--quarter', '2023Q2', '--format', 'md,html,json'], cwd);
const temporaries = (root: string) => listFiles(root).filter((file) => /(^|\/)\.[^/]*\.tmp$/.test(file));

/** chattr +i where the file system and the user allow it (root on ext4); false otherwise. */
function makeImmutable(file: string, on: boolean): boolean {
  const result = spawnSync('chattr', [on ? '+i' : '-i', file]);
  return result.status === 0;
}

/** The pid of a process that has certainly ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

describe('a target that cannot be replaced stops the build before any file is replaced', () => {
  it('an immutable summary.json of the last report: the other reports\' files are unchanged, and the target is named', async (context) => {
    const cwd = sampleCopy();
    expect((await build(cwd)).exitCode).toBe(0);
    const dist = path.join(cwd, 'dist');
    const locked = path.join(dist, 'policing-protocol/2023Q2/summary.json');
    if (!makeImmutable(locked, true)) context.skip();
    try {
      appendFileSync(path.join(cwd, 'data/business-plan/2023Q2/summary.en.md'), '\nA new closing paragraph.\n');
      const before = hashTree(dist);
      const result = await build(cwd);
      expectNoStack(result);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(locked);
      expect(result.stderr).not.toMatch(/\.tmp\b/);
      expect(hashTree(dist)).toEqual(before);
      expect(temporaries(dist)).toEqual([]);
    } finally {
      makeImmutable(locked, false);
    }
  });
});

describe('temporary files of killed runs', () => {
  it('are removed by the next write, while a live process\'s are kept', async () => {
    const cwd = sampleCopy();
    const folder = path.join(cwd, 'dist/business-plan/2023Q2');
    mkdirSync(folder, { recursive: true });
    const dead = deadPid();
    const stale = [`.summary.json.${dead}.tmp`, `.business-plan-2023Q2.en.html.${dead}.tmp`];
    for (const name of stale) writeFileSync(path.join(folder, name), 'half-written');
    // The parent of this process is alive: its temporary may be in use.
    const live = `.summary.json.${process.ppid}.tmp`;
    writeFileSync(path.join(folder, live), 'in use');
    const unrelated = '.notes.12345.txt';
    writeFileSync(path.join(folder, unrelated), 'mine');
    const result = await build(cwd);
    expectNoStack(result);
    expect(result.exitCode).toBe(0);
    for (const name of stale) expect(existsSync(path.join(folder, name))).toBe(false);
    expect(existsSync(path.join(folder, live))).toBe(true);
    expect(existsSync(path.join(folder, unrelated))).toBe(true);
  });

  it('writeFilesAtomically names the target when a folder stands at it', () => {
    const cwd = sampleCopy();
    const target = path.join(cwd, 'out/a.txt');
    mkdirSync(path.join(target, 'inside'), { recursive: true });
    expect(() => writeFilesAtomically([{ path: path.join(cwd, 'out/b.txt'), content: 'b' }, { path: target, content: 'a' }])).toThrow(target);
    expect(existsSync(path.join(cwd, 'out/b.txt'))).toBe(false);
  });
});
