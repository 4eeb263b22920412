// How the bench times a process: wall time by the clock, peak memory (max RSS, including any
// child it starts) by GNU time when it is installed, and pairs of processes run alternately so
// that a busy machine slows both sides of a ratio alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GNU_TIME = ['/usr/bin/time'].find((file) => existsSync(file));

/**
 * Runs `command args` once; gives { ms, peakMB, cpuMs } (the last two undefined without GNU
 * time). CPU time (user + system) says more than wall time on a machine that others share.
 * Throws if it fails.
 */
export function timeProcess(command, args, { cwd, env = {}, expectFailure = false } = {}) {
  const memoryFile = path.join(tmpdir(), `rag-bench-rss-${process.pid}`);
  const [file, fullArgs] = GNU_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', memoryFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const child = spawnSync(file, fullArgs, { cwd, env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && !expectFailure) throw new Error(`${command} ${args.join(' ')} failed (${child.status}):\n${child.stderr}`);
  if (!GNU_TIME) return { ms, peakMB: undefined, cpuMs: undefined };
  const [kilobytes, user, system] = readFileSync(memoryFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  rmSync(memoryFile, { force: true });
  return { ms, peakMB: kilobytes / 1024, cpuMs: (user + system) * 1000 };
}

/**
 * Runs `before` (untimed), then `ours` and `reference` alternately, `runs` times; the ratio is
 * the median of each pair's ratio, so that a burst of load on the machine falls on both sides.
 */
export function pairs({ runs, before = () => {}, ours, reference }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    before(run);
    const a = ours(run);
    const b = reference(run);
    samples.push({ ours: a, reference: b, ratio: a.ms / b.ms });
  }
  return {
    ours: summary(samples.map((sample) => sample.ours)),
    reference: summary(samples.map((sample) => sample.reference)),
    ratio: median(samples.map((sample) => sample.ratio)),
    runs,
  };
}

/** Median times, highest peak. */
function summary(measured) {
  const cpu = measured.map((one) => one.cpuMs).filter((value) => value !== undefined);
  return { ms: median(measured.map((one) => one.ms)), cpuMs: cpu.length ? median(cpu) : undefined, peakMB: max(measured.map((one) => one.peakMB)) };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function max(values) {
  const known = values.filter((value) => value !== undefined);
  return known.length ? Math.max(...known) : undefined;
}

export function hasPandoc() {
  return !spawnSync('pandoc', ['--version']).error;
}
