import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/validate/${name}/`, import.meta.url));
const repository = fileURLToPath(new URL('../../', import.meta.url));

/** A stack trace line, as Node prints them: "    at fn (file:1:2)". */
const STACK_LINE = /^\s+at\s/m;

describe('validate exit codes', () => {
  it('is 0 for valid data', async () => {
    const result = await runCli(['validate'], fixture('bom-crlf'));
    expect(result).toEqual({ exitCode: 0, stdout: 'valid: 1 report, 1 quarter, no problems\n', stderr: '' });
  });

  it('is 1 when there are errors', async () => {
    expect((await runCli(['validate'], fixture('unknown-rating'))).exitCode).toBe(1);
  });

  it('is 0 with only warnings, and 1 with --strict', async () => {
    const relaxed = await runCli(['validate'], fixture('missing-welsh'));
    expect(relaxed.exitCode).toBe(0);
    expect(relaxed.stdout).toMatch(/^valid with 0 errors, 1 warning/m);

    const strict = await runCli(['validate', '--strict'], fixture('missing-welsh'));
    expect(strict.exitCode).toBe(1);
    expect(strict.stdout).toMatch(/^invalid with --strict: 0 errors, 1 warning/m);
  });

  it.each([
    [['--quarter', '2023Q5'], /"2023Q5" is not a quarter/],
    [['--quarter', '23Q2'], /"23Q2" is not a quarter/],
    [['--quarter', '../x'], /"\.\.\/x" is not a quarter/],
    [['--report', '../x'], /--report "\.\.\/x" is not a report name/],
    [['--report', 'no-such-report'], /no report "no-such-report" in data/],
    [['--data', 'no-such-folder'], /no data folder at no-such-folder/],
    [['--quarter', '2019Q1'], /no report has data for 2019Q1/],
    [['--format', 'xml'], /'xml' is invalid\. Allowed choices are text, json, github/],
    [['--no-such-option'], /unknown option '--no-such-option'/],
  ])('is 2 for a usage error: %j', async (args, message) => {
    const result = await runCli(['validate', ...args], fixture('bom-crlf'));
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('is 2 for a data folder with no reports in it', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'rag-report-empty-'));
    try {
      const result = await runCli(['validate', '--data', empty], repository);
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain(`error: the data folder ${empty} holds no reports`);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('names the reports and quarters there are in its hints', async () => {
    const report = await runCli(['validate', '--report', 'nope'], repository);
    expect(report.stderr).toContain('hint: the reports are: business-plan, policing-protocol');
    const quarter = await runCli(['validate', '--report', 'business-plan', '--quarter', '2023Q1'], repository);
    expect(quarter.stderr).toContain('the report "business-plan" has no data for 2023Q1');
    expect(quarter.stderr).toContain('hint: the data has 2023Q2;');
  });
});

describe('validate --quarter', () => {
  it('compares ratings with the quarter before, and checks only the quarter asked for', async () => {
    const second = await runCli(['validate', '--quarter', '2023Q2'], fixture('no-change-reason'));
    expect(second.stdout).toContain('no-change-reason');
    expect(second.stdout).toMatch(/in 1 report, 1 quarter$/m);

    const first = await runCli(['validate', '--quarter', '2023Q1'], fixture('no-change-reason'));
    expect(first).toEqual({ exitCode: 0, stdout: 'valid: 1 report, 1 quarter, no problems\n', stderr: '' });
  });
});

describe('validate --format', () => {
  it('json prints an array of problem objects', async () => {
    const result = await runCli(['validate', '--format', 'json'], fixture('unknown-field'));
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        file: 'data/demo/2023Q2/s1.yaml',
        line: 11,
        column: 5,
        severity: 'error',
        code: 'unknown-field',
        message: 'unknown field "udpate" in actions[0] (plan)',
        hint: 'did you mean "update"?',
      },
    ]);
  });

  it('json prints [] for valid data', async () => {
    const result = await runCli(['validate', '--format', 'json'], fixture('bom-crlf'));
    expect(result).toEqual({ exitCode: 0, stdout: '[]\n', stderr: '' });
  });

  it('github prints one workflow command per problem', async () => {
    const errors = await runCli(['validate', '--format', 'github'], fixture('unknown-rating'));
    expect(errors.exitCode).toBe(1);
    const lines = errors.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::error file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::\S.*$/);
    expect(lines[0]).toBe(
      '::error file=data/demo/2023Q2/s1.yaml,line=10,col=10,title=unknown-rating::' +
        'rag: "yellow" of action "plan" is not a rating of this report ' +
        '(did you mean "amber"? use one of red, amber, green (the scale in data/demo/report.yaml) or n/a)',
    );

    const warnings = await runCli(['validate', '--format', 'github'], fixture('missing-welsh'));
    expect(warnings.exitCode).toBe(0);
    expect(warnings.stdout).toMatch(/^::warning file=data\/demo\/2023Q2\/s1\.yaml,line=12,col=7,title=missing-welsh::/);
  });

  it('github leaves out line and column for a problem with the whole file', async () => {
    const result = await runCli(['validate', '--format', 'github'], fixture('missing-section'));
    expect(result.stdout).toMatch(/^::error file=data\/demo\/2023Q2\/s2\.yaml,title=missing-section::section "s2"/);
  });
});
