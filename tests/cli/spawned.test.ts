import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The real executable, as npx runs it: needs the compiled build/ (`npm test` runs `npm run build` first).
const repository = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/rag-report.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/validate/${name}/`, import.meta.url));

function ragReport(args: readonly string[], cwd: string) {
  const { FORCE_COLOR: _, ...env } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/rag-report.js as a child process', () => {
  beforeAll(() => {
    if (!existsSync(new URL('../../build/main.js', import.meta.url))) {
      throw new Error('build/ is missing: run `npm run build` first (npm test does)');
    }
  });

  it('validates the sample data: exit 0', () => {
    const result = ragReport(['validate'], repository);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^valid: 2 reports, 3 quarters/m);
    expect(result.exitCode).toBe(0);
  });

  it('lists the problems of invalid data as the in-process run does: exit 1', () => {
    const result = ragReport(['validate', '--data', 'data'], fixture('unknown-rating'));
    expect(result.stdout).toBe(readFileSync(`${fixture('unknown-rating')}expected.txt`, 'utf8'));
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
  });

  it('reports a usage error without a stack trace: exit 2', () => {
    const result = ragReport(['validate', '--quarter', '2023Q5'], repository);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: "2023Q5" is not a quarter\n {2}hint: /);
    expect(result.stderr).not.toMatch(/^\s+at\s/m);
    expect(result.exitCode).toBe(2);
  });

  it('prints the version', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(ragReport(['--version'], repository)).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });
});
