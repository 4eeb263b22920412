import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { copySampleData } from './preview-data.js';

// The real executable: Ctrl-C reaches a real process. Needs build/ (`npm test` runs `npm run build` first).
const bin = fileURLToPath(new URL('../../bin/rag-report.js', import.meta.url));

/** A running `rag-report ...`, with what it has printed so far. */
function start(args: readonly string[], cwd: string) {
  const { FORCE_COLOR: _, ...env } = process.env;
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...env, NO_COLOR: '1' } });
  const output = { text: '' };
  child.stdout.on('data', (chunk) => (output.text += String(chunk)));
  child.stderr.on('data', (chunk) => (output.text += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** Waits until the output after `after` matches `pattern`; fails showing what was printed. */
async function printed(output: { text: string }, pattern: RegExp, after = 0): Promise<RegExpMatchArray> {
  const started = Date.now();
  for (;;) {
    const match = output.text.slice(after).match(pattern);
    if (match) return match;
    if (Date.now() - started > 30_000) throw new Error(`waited 30 s for ${pattern} in what was printed:\n${output.text.slice(after)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('long-running commands as child processes', () => {
  const started: ChildProcess[] = [];
  let data: { root: string; dataDir: string };

  beforeAll(() => {
    if (!existsSync(new URL('../../build/main.js', import.meta.url))) throw new Error('build/ is missing: run `npm run build` first (npm test does)');
  });

  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
    if (data) rmSync(data.root, { recursive: true, force: true });
  });

  test('preview prints its address, serves the index, and Ctrl-C stops it cleanly with a page open: exit 0', async () => {
    data = copySampleData();
    const preview = start(['preview', '--port', '0'], data.root);
    started.push(preview.child);
    const [url] = await printed(preview.output, /http:\/\/127\.0\.0\.1:\d+\//);
    expect((await fetch(url!)).status).toBe(200);
    // An open page's event stream, which stays open until the preview stops.
    const events = await fetch(new URL('/events?report=policing-protocol&quarter=2023Q2&languages=en', url));
    expect(events.headers.get('content-type')).toBe('text/event-stream');
    const stream = events.body!.getReader();
    expect(new TextDecoder().decode((await stream.read()).value)).toContain('retry:');
    preview.child.kill('SIGINT');
    expect(await preview.exited).toBe(0);
    expect(preview.output.text).toContain('preview stopped');
    await stream.cancel().catch(() => undefined);
    expect(preview.output.text).not.toMatch(/at .*\.js:\d+/);
  }, 60_000);

  test('preview refuses a bad port or a missing quarter as a usage error: exit 2', async () => {
    data = copySampleData();
    const badPort = start(['preview', '--port', 'eighty'], data.root);
    expect(await badPort.exited).toBe(2);
    expect(badPort.output.text).toContain('--port "eighty" is not a port');
    const noQuarter = start(['preview', '--quarter', '2030Q1'], data.root);
    expect(await noQuarter.exited).toBe(2);
    expect(noQuarter.output.text).toContain('no report has data for 2030Q1');
  }, 60_000);

  test('validate --watch checks again on every save until Ctrl-C', async () => {
    data = copySampleData();
    const watch = start(['validate', '--watch'], data.root);
    started.push(watch.child);
    await printed(watch.output, /valid: 2 reports, 3 quarters/);
    await printed(watch.output, /watching data for changes/);
    const file = path.join(data.dataDir, 'policing-protocol/2023Q2/17m.yaml');
    const original = readFileSync(file, 'utf8');
    let seen = watch.output.text.length;
    const ragLine = original.split('\n').findIndex((line) => line.includes('rag: green')) + 1;
    writeFileSync(file, original.replace('rag: green', 'rag: purple'));
    await printed(watch.output, new RegExp(`data/policing-protocol/2023Q2/17m\\.yaml:${ragLine}:\\d+ +error +unknown-rating[\\s\\S]*invalid: 1 error`), seen);
    seen = watch.output.text.length;
    writeFileSync(file, original);
    await printed(watch.output, /valid: 2 reports, 3 quarters/, seen);
    watch.child.kill('SIGINT');
    expect(await watch.exited).toBe(0);
  }, 60_000);
});
