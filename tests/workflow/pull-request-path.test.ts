import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPO, run, temporaryFolder } from './helpers.js';

/**
 * The workflow that `init` writes, run step by step as GitHub Actions would, in a repository made
 * by init: each `run:` in bash with GitHub's flags, its `${{ }}` expressions filled in for the event.
 * Two stand-ins: `npm ci` links this checkout's rag-report into node_modules instead of fetching it
 * (the tarball test in .ci/run installs it for real), and the upload step lists what it would upload.
 */

interface Step {
  readonly name: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
  readonly env?: Record<string, string>;
}

interface Event {
  readonly name: 'pull_request' | 'push';
  /** github.event.pull_request.base.sha, or github.event.before for a push. */
  readonly base: string;
}

interface StepResult {
  readonly name: string;
  /** 0 for success; undefined when the step was skipped after a failure. */
  readonly status: number | undefined;
  readonly stdout: string;
  readonly stderr: string;
  /** Upload steps: the artifact's name and the files it holds. */
  readonly artifact?: { readonly name: string; readonly files: string[] };
}

/** The few expressions the workflow uses; any other fails the test, so that a new one is looked at. */
function expression(text: string, event: Event): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, inner: string) => {
    if (inner === 'github.event_name') return event.name;
    if (inner === 'github.event.pull_request.base.sha || github.event.before') return event.base;
    const choice = /^github\.event_name == '(\w+)' && '([\w-]+)' \|\| '([\w-]+)'$/.exec(inner);
    if (choice) return event.name === choice[1] ? choice[2]! : choice[3]!;
    throw new Error(`the test does not know the expression \${{ ${inner} }}`);
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

function runWorkflow(repo: string, event: Event): StepResult[] {
  const workflow = parse(readFileSync(path.join(repo, '.github/workflows/reports.yml'), 'utf8'));
  const runnerTemp = temporaryFolder();
  const results: StepResult[] = [];
  let failed = false;
  for (const step of workflow.jobs.reports.steps as Step[]) {
    if (failed) {
      results.push({ name: step.name, status: undefined, stdout: '', stderr: '' });
      continue;
    }
    if (step.uses?.startsWith('actions/upload-artifact@')) {
      const name = expression(step.with!.name!, event);
      results.push({ name: step.name, status: 0, stdout: '', stderr: '', artifact: { name, files: listFiles(path.join(repo, step.with!.path!)) } });
      continue;
    }
    if (step.uses) {
      // actions/checkout: the repository is already checked out; actions/setup-node: this Node.js.
      results.push({ name: step.name, status: 0, stdout: '', stderr: '' });
      continue;
    }
    if (step.run === 'npm ci --no-audit --no-fund') {
      linkRagReport(repo);
      results.push({ name: step.name, status: 0, stdout: '', stderr: '' });
      continue;
    }
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expression(String(value), event)]));
    const { FORCE_COLOR: _, ...inherited } = process.env;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expression(step.run!, event)], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...inherited, CI: 'true', GITHUB_ACTIONS: 'true', RUNNER_TEMP: runnerTemp, GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary.md'), ...env },
    });
    results.push({ name: step.name, status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr });
    failed = result.status !== 0;
  }
  return results;
}

/** What `npm ci` would give: rag-report in node_modules, its command in node_modules/.bin. */
function linkRagReport(repo: string): void {
  mkdirSync(path.join(repo, 'node_modules/.bin'), { recursive: true });
  symlinkSync(REPO, path.join(repo, 'node_modules/rag-report'), 'dir');
  symlinkSync(path.join(REPO, 'bin/rag-report.js'), path.join(repo, 'node_modules/.bin/rag-report'));
}

function git(repo: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function byName(results: readonly StepResult[], name: string): StepResult {
  const found = results.find((result) => result.name === name);
  if (!found) throw new Error(`no step "${name}"`);
  return found;
}

const CHANGED = 'data/delivery-plan/2024Q2/priority-1.yaml';

describe('the workflow init writes, run step by step on a change whose Welsh is still to come', { timeout: 180_000 }, () => {
  let repo: string;
  let base: string;

  // A fresh repository for each test: the helpers remove temporary folders after each.
  beforeEach(async () => {
    if (!existsSync(path.join(REPO, 'build/main.js'))) throw new Error('build/ is missing: run `npm run build` first (npm test does)');
    const parent = temporaryFolder();
    const init = await run(['init', 'reports'], parent);
    expect(init.exitCode, init.stderr).toBe(0);
    repo = path.join(parent, 'reports');
    // As init's instructions say.
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'Start the reports');
    base = git(repo, 'rev-parse', 'HEAD');
    // A pull request: an update rewritten in English, its Welsh removed until the translator sends it.
    git(repo, 'checkout', '-q', '-b', 'update-forms');
    const file = path.join(repo, CHANGED);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace('Six of the ten forms', 'Seven of the ten forms').replace(/\n {6}cy: \|\n {8}Mae chwech[\s\S]*?Rhagfyr\.\n/, '\n');
    expect(edited).not.toContain('Mae chwech');
    writeFileSync(file, edited);
    git(repo, 'commit', '-q', '-am', 'Update the online forms');
  });

  it('a pull request: validate warns on the changed file only, the build makes drafts, and the drafts are uploaded: green', () => {
    const results = runWorkflow(repo, { name: 'pull_request', base });
    for (const result of results) expect(result.status, `${result.name}\n${result.stdout}\n${result.stderr}`).toBe(0);

    const validate = byName(results, 'Validate').stdout.split('\n');
    const annotations = validate.filter((line) => /^::(error|warning) /.test(line));
    expect(annotations.length).toBeGreaterThan(0);
    for (const line of annotations) expect(line).toMatch(new RegExp(`^::warning file=${CHANGED.replace(/[./]/g, '\\$&')},line=\\d+,col=\\d+,title=missing-welsh::`));

    const build = byName(results, 'Build').stdout.split('\n');
    expect(build.filter((line) => line.startsWith('::group::'))).toEqual(['::group::delivery-plan 2024Q2']);
    expect(build.filter((line) => line === '::endgroup::')).toHaveLength(1);

    const upload = byName(results, 'Keep the documents').artifact!;
    expect(upload.name).toBe('drafts');
    expect(upload.files).toEqual(expect.arrayContaining([
      'delivery-plan/2024Q2/delivery-plan-2024Q2.cy.docx',
      'delivery-plan/2024Q2/delivery-plan-2024Q2.en.docx',
      'delivery-plan/2024Q2/summary.json',
    ]));
    // The Welsh draft marks the missing text.
    expect(readFileSync(path.join(repo, 'dist/delivery-plan/2024Q2/delivery-plan-2024Q2.cy.md'), 'utf8')).toMatch(/DRAFT|DRAFFT/i);
  });

  it('the same change merged into main is strict: the build fails on the missing Welsh, with its log group closed, and nothing is uploaded', () => {
    git(repo, 'checkout', '-q', 'main');
    git(repo, 'merge', '-q', '--ff-only', 'update-forms');
    const results = runWorkflow(repo, { name: 'push', base });
    expect(byName(results, 'Validate').status).toBe(0);
    const build = byName(results, 'Build');
    expect(build.status).toBe(1);
    const lines = build.stdout.split('\n');
    expect(lines.filter((line) => line === '::endgroup::')).toHaveLength(1);
    expect(lines).toContain('::error::delivery-plan 2024Q2 did not build: its log group above says why');
    expect(build.stderr).toContain('missing-welsh');
    expect(byName(results, 'Keep the documents').status).toBeUndefined();
  });
});
