import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
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
  staff: { file: 'templates/init/dot-github/workflows/reports.yml', cli: 'rag-report' },
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
  it('runs on pull requests, on pushes to main and by hand, on the supported Node.js versions', () => {
    const parsed = workflow(file);
    expect(Object.keys(parsed.on)).toEqual(['pull_request', 'push', 'workflow_dispatch']);
    expect(parsed.on.push.branches).toEqual(['main']);
    expect(parsed.permissions).toEqual({ contents: 'read' });
    expect(parsed.jobs.reports.strategy.matrix.node).toEqual([20, 22]);
    const engines = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).engines.node as string;
    expect(Number(/(\d+)/.exec(engines)![1])).toBeLessThanOrEqual(20);
  });

  it('checks out the history, sets up Node.js, validates with annotations, finds, builds and keeps the documents, in that order', () => {
    const all = steps(file);
    const checkout = all[0]!;
    expect(checkout.uses).toBe('actions/checkout@v4');
    expect(checkout.with).toEqual({ 'fetch-depth': 0 });
    const node = all[1]!;
    expect(node.uses).toBe('actions/setup-node@v4');
    expect(node.with!['node-version']).toBe('${{ matrix.node }}');
    const names = all.map((candidate) => candidate.name);
    expect(names.slice(3)).toEqual(['Validate', FIND, 'Build', 'Keep the documents']);
    expect(step(file, 'Validate').run).toBe(`${cli} validate --format github`);
    expect(step(file, 'Build').run).toContain(`${cli} build --report "$report" --quarter "$quarter" --out dist`);
    const keep = step(file, 'Keep the documents');
    expect(keep.uses).toBe('actions/upload-artifact@v4');
    expect(keep.with).toMatchObject({ name: 'reports', path: 'dist/' });
    expect(keep.if).toBe('matrix.node == 22');
    expect(step(file, FIND).env).toMatchObject({
      EVENT: '${{ github.event_name }}',
      BASE: '${{ github.event.pull_request.base.sha || github.event.before }}',
    });
  });
});

describe('how rag-report is installed', () => {
  it('staff: the pinned version from the npm registry, named once in the workflow', () => {
    const { file } = WORKFLOWS.staff;
    expect(workflow(file).env.RAG_REPORT_VERSION).toBe('__RAG_REPORT_VERSION__');
    expect(steps(file)[2]!.run).toBe('npm install --global --no-audit --no-fund "rag-report@$RAG_REPORT_VERSION"');
  });

  it('this repository: npm ci, which compiles the checkout', () => {
    const { file } = WORKFLOWS.repository;
    expect(steps(file)[2]!.run).toBe('npm ci --no-audit --no-fund');
    expect(steps(file)[1]!.with!.cache).toBe('npm');
  });

  it('both find the changed quarters with the same script', () => {
    expect(step(WORKFLOWS.repository.file, FIND).run).toBe(step(WORKFLOWS.staff.file, FIND).run);
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
    return readFileSync(path.join(temp, 'quarters.txt'), 'utf8').split('\n').filter(Boolean);
  }

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
  });

  it('everything is built by hand, on a first push, or when the tool changes', () => {
    const everything = ['alpha 2023Q1', 'alpha 2023Q2', 'beta 2023Q2'];
    expect(find({ EVENT: 'workflow_dispatch', BASE: '' })).toEqual(everything);
    expect(find({ BASE: '0000000000000000000000000000000000000000' })).toEqual(everything);
    expect(find({ BASE: '' })).toEqual(everything);
    write('.github/workflows/reports.yml', 'name: Reports\n');
    commit();
    expect(find({ BASE: first })).toEqual(everything);
  });

  it('the repository workflow also rebuilds everything when rag-report itself changes', () => {
    const rebuildAll = new RegExp(step(WORKFLOWS.repository.file, FIND).env!.REBUILD_ALL!);
    for (const file of ['src/figures/tally.ts', 'templates/locales/cy.yaml', 'package-lock.json', 'bin/rag-report.js']) expect(rebuildAll.test(file), file).toBe(true);
    for (const file of ['data/x/2023Q1/s.yaml', 'README.md', 'tests/a.test.ts']) expect(rebuildAll.test(file), file).toBe(false);
  });
});

describe('building the quarters found', () => {
  const build = step(WORKFLOWS.staff.file, 'Build');

  function runBuild(list: string): { stdout: string; calls: string[] } {
    const temp = temporaryFolder();
    const bin = path.join(temp, 'bin');
    mkdirSync(bin);
    // A stand-in rag-report that records how it was called.
    writeFileSync(path.join(bin, 'rag-report'), `#!/usr/bin/env bash\necho "$*" >> "${temp}/calls.txt"\n`);
    chmodSync(path.join(bin, 'rag-report'), 0o755);
    writeFileSync(path.join(temp, 'quarters.txt'), list);
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', build.run!], {
      cwd: temp,
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH}`, RUNNER_TEMP: temp },
    });
    expect(result.status, result.stderr).toBe(0);
    let calls: string[] = [];
    try {
      calls = readFileSync(path.join(temp, 'calls.txt'), 'utf8').split('\n').filter(Boolean);
    } catch {
      // never called
    }
    return { stdout: result.stdout, calls };
  }

  it('builds each report and quarter into dist/', () => {
    expect(runBuild('alpha 2023Q1\nbeta 2023Q2\n').calls).toEqual([
      'build --report alpha --quarter 2023Q1 --out dist',
      'build --report beta --quarter 2023Q2 --out dist',
    ]);
  });

  it('says so when there is nothing to build', () => {
    const { stdout, calls } = runBuild('');
    expect(calls).toEqual([]);
    expect(stdout).toContain('nothing to build');
  });
});
