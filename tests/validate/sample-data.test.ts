import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const repository = fileURLToPath(new URL('../../', import.meta.url));

it('the sample data validates with no errors', async () => {
  const result = await runCli(['validate'], repository);
  expect(result.stderr).toBe('');
  expect(result.stdout).not.toMatch(/\serror\s/);
  expect(result.stdout).toMatch(/^valid/m);
  expect(result.exitCode).toBe(0);
});

it('each report and quarter of the sample data validates on its own', async () => {
  for (const args of [
    ['--report', 'policing-protocol', '--quarter', '2023Q2'],
    ['--report', 'policing-protocol', '--quarter', '2023Q1'],
    ['--report', 'business-plan', '--quarter', '2023Q2'],
  ]) {
    const result = await runCli(['validate', ...args, '--format', 'json'], repository);
    expect(result.exitCode, args.join(' ')).toBe(0);
    const problems = JSON.parse(result.stdout) as { severity: string }[];
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  }
});
