import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatGithubAnnotations, GITHUB_ANNOTATION_LIMITS, type Problem } from '../../src/problems/index.js';
import { runCli } from '../helpers/run-cli.js';

const CWD = '/work/reports';

function problem(file: string, line: number, severity: Problem['severity'], code = severity === 'error' ? 'empty-text' : 'missing-welsh'): Problem {
  return { file, line, column: 3, severity, code, message: `${code} at ${line}`, hint: 'do this' };
}

/** The annotation lines, as "severity file:line". */
function annotated(output: string): string[] {
  return output
    .split('\n')
    .map((line) => /^::(error|warning) file=([^,]+),line=(\d+)/.exec(line))
    .filter((match) => match !== null)
    .map((match) => `${match[1]} ${match[2]}:${match[3]}`);
}

describe('GitHub annotations', () => {
  it("puts errors before warnings, and keeps within GitHub's limits of a step", () => {
    const problems = [
      ...Array.from({ length: 14 }, (_, index) => problem('data/a/2024Q1/s.yaml', index + 1, 'warning')),
      ...Array.from({ length: 12 }, (_, index) => problem('data/z/2024Q1/s.yaml', index + 1, 'error')),
    ];
    const output = formatGithubAnnotations(problems, { cwd: CWD });
    const lines = annotated(output);
    expect(lines).toHaveLength(GITHUB_ANNOTATION_LIMITS.error + GITHUB_ANNOTATION_LIMITS.warning);
    expect(lines.slice(0, 10).every((line) => line.startsWith('error data/z/'))).toBe(true);
    expect(lines.slice(10).every((line) => line.startsWith('warning data/a/'))).toBe(true);
    expect(output).toContain("20 problems shown as annotations; 6 not shown (6 over GitHub's limit of 10 errors and 10 warnings a step), listed here:");
    // The rest are still in the log, in a folded group that is closed.
    const group = output.slice(output.indexOf('::group::'));
    expect(group.split('\n')[0]).toBe('::group::6 problems not shown as annotations');
    expect(group).toContain('data/z/2024Q1/s.yaml:11:3  error  empty-text  empty-text at 11');
    expect(group).toContain('data/a/2024Q1/s.yaml:14:3  warning  missing-welsh  missing-welsh at 14');
    expect(group.trimEnd().endsWith('::endgroup::')).toBe(true);
  });

  it('annotates only the changed files, however their paths are written, and lists the others in the log', () => {
    const problems = [problem('data/a/2024Q1/s.yaml', 1, 'warning'), problem('data/b/2024Q1/s.yaml', 2, 'error'), problem('data/c/2024Q1/s.yaml', 3, 'warning')];
    const output = formatGithubAnnotations(problems, { cwd: CWD, changedFiles: ['./data/c/2024Q1/s.yaml', `${CWD}/data/a/2024Q1/s.yaml`] });
    expect(annotated(output)).toEqual(['warning data/a/2024Q1/s.yaml:1', 'warning data/c/2024Q1/s.yaml:3']);
    expect(output).toContain('2 problems shown as annotations; 1 not shown (1 in files this change did not touch), listed here:');
    expect(output).toContain('data/b/2024Q1/s.yaml:2:3  error  empty-text');
  });

  it('says nothing more when every problem is annotated', () => {
    const output = formatGithubAnnotations([problem('data/a/2024Q1/s.yaml', 1, 'error')], { cwd: CWD });
    expect(output).toBe('::error file=data/a/2024Q1/s.yaml,line=1,col=3,title=empty-text::empty-text at 1 (do this)');
  });
});

describe('validate --changed-files', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function initialised(): Promise<string> {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'rag-report-annotations-'));
    folders.push(parent);
    expect((await runCli(['init', 'reports'], parent)).exitCode).toBe(0);
    return path.join(parent, 'reports');
  }

  it('annotates the listed files only; the exit code still counts every problem', async () => {
    const root = await initialised();
    // A title's Welsh missing in both files (warnings), and a bad rating in the one not listed (an error).
    const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(root, file), change(readFileSync(path.join(root, file), 'utf8')));
    for (const file of ['data/delivery-plan/2024Q2/priority-1.yaml', 'data/delivery-plan/2024Q2/priority-2.yaml']) edit(file, (text) => text.replace(/^ {2}cy: .*$/m, '  cy: ""'));
    edit('data/delivery-plan/2024Q2/priority-2.yaml', (text) => text.replace(/rag: \w+/, 'rag: purple'));
    writeFileSync(path.join(root, 'changed.txt'), 'data/delivery-plan/2024Q2/priority-1.yaml\nREADME.md\n');
    const result = await runCli(['validate', '--format', 'github', '--changed-files', 'changed.txt'], root);
    expect(result.exitCode).toBe(1); // the error in priority-2.yaml, not annotated, still fails
    expect(annotated(result.stdout)).toEqual([expect.stringMatching(/^warning data\/delivery-plan\/2024Q2\/priority-1\.yaml:[45]$/)]);
    expect(result.stdout).toMatch(/priority-2\.yaml:\d+:\d+ {2}error {2}unknown-rating/);
    expect(result.stdout).toMatch(/priority-2\.yaml:[45]:\d+ {2}warning {2}missing-welsh/);
  });

  it('goes with --format github only, and says so', async () => {
    const root = await initialised();
    const result = await runCli(['validate', '--changed-files', 'changed.txt'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--changed-files goes with --format github');
    const missing = await runCli(['validate', '--format', 'github', '--changed-files', 'nowhere.txt'], root);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('--changed-files nowhere.txt cannot be read');
  });
});
