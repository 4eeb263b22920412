import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/problems/index.js';
import { copyOfData, REPO, run, snapshotFolder, temporaryFolder } from './helpers.js';

const SAMPLE = path.join(REPO, 'data');
const REPORTS = ['business-plan', 'policing-protocol'];

function sectionFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();
}

function actionsOf(dir: string): { file: string; id: string }[] {
  return sectionFiles(dir).flatMap((name) =>
    (parse(readFileSync(path.join(dir, name), 'utf8')).actions as { id: string }[]).map((action) => ({ file: name, id: action.id })),
  );
}

describe('new-quarter on a copy of the sample data', () => {
  it('starts 2023Q3 for every report from 2023Q2 and says what it did and what to do next', async () => {
    const root = copyOfData();
    const result = await run(['new-quarter', '--quarter', '2023Q3'], root);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    for (const report of REPORTS) {
      const created = path.join(root, 'data', report, '2023Q3');
      expect(sectionFiles(created)).toEqual(sectionFiles(path.join(SAMPLE, report, '2023Q2')));
      expect(existsSync(path.join(created, 'summary.en.md'))).toBe(true);
      expect(existsSync(path.join(created, 'summary.cy.md'))).toBe(true);
      expect(result.stdout).toContain(`data/${report}/2023Q3/`);
    }
    expect(result.stdout).toContain('from 2023Q2: 21 section files, 54 actions');
    expect(result.stdout).toContain('rag-report validate --quarter 2023Q3');
  });

  it('carries sections, actions, ids, titles and ratings forward, with empty updates and no change reasons', async () => {
    const root = copyOfData();
    await run(['new-quarter', '--quarter', '2023Q3'], root);
    for (const report of REPORTS) {
      const previous = path.join(SAMPLE, report, '2023Q2');
      for (const name of sectionFiles(previous)) {
        const text = readFileSync(path.join(root, 'data', report, '2023Q3', name), 'utf8');
        expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../.schema/section.schema.json');
        const before = parse(readFileSync(path.join(previous, name), 'utf8'));
        const after = parse(text);
        expect(after.section).toBe(before.section);
        expect(after.title).toEqual(before.title);
        expect(after.actions.map((action: Record<string, unknown>) => [action.id, action.action, action.rag, action.lead])).toEqual(
          before.actions.map((action: Record<string, unknown>) => [action.id, action.action, action.rag, action.lead]),
        );
        for (const action of after.actions) {
          expect(action.update).toEqual({ en: '', cy: '' });
          expect(action).not.toHaveProperty('change_reason');
        }
        expect(text.match(/^ {4}# (Write this quarter's progress update|Rated n\/a: say why)/gm)).toHaveLength(after.actions.length);
      }
    }
  });

  it('leaves exactly the updates to fill in for validate to list, one empty-text error per action at its line', async () => {
    const root = copyOfData();
    await run(['new-quarter', '--quarter', '2023Q3'], root);
    const result = await run(['validate', '--quarter', '2023Q3', '--format', 'json'], root);
    expect(result.exitCode).toBe(1);
    const problems = JSON.parse(result.stdout) as Problem[];
    const expected = REPORTS.flatMap((report) =>
      actionsOf(path.join(SAMPLE, report, '2023Q2')).map(({ file, id }) => ({ file: `data/${report}/2023Q3/${file}`, id })),
    );
    expect(problems.map((problem) => [problem.severity, problem.code])).toEqual(expected.map(() => ['error', 'empty-text']));
    expect(problems.map((problem) => ({ file: problem.file, id: /\((.+?)\)\.update\.en/.exec(problem.message)?.[1] }))).toEqual(expected);
    for (const problem of problems) {
      const line = readFileSync(path.join(root, problem.file), 'utf8').split('\n')[problem.line - 1];
      expect(line, `${problem.file}:${problem.line}`).toMatch(/^ {6}en: ""$/);
    }
    // In text, one line per file with every line number; --verbose gives each its own line.
    const text = await run(['validate', '--quarter', '2023Q3'], root);
    const priority1 = problems.filter((problem) => problem.file === 'data/business-plan/2023Q3/priority-1.yaml');
    expect(text.stdout).toContain(
      `data/business-plan/2023Q3/priority-1.yaml  error  empty-text  ${priority1.length} texts are empty (lines ${priority1.map((problem) => problem.line).join(', ')})`,
    );
    const verbose = await run(['validate', '--quarter', '2023Q3', '--verbose'], root);
    expect(verbose.stdout).toMatch(/^data\/business-plan\/2023Q3\/priority-1\.yaml:\d+:\d+ {2}error {2}empty-text /m);
  });

  it('gives a quarter that validates once the updates are written, narrative stubs included', async () => {
    const root = copyOfData();
    await run(['new-quarter', '--quarter', '2023Q3'], root);
    for (const report of REPORTS) {
      const dir = path.join(root, 'data', report, '2023Q3');
      for (const name of sectionFiles(dir)) {
        const file = path.join(dir, name);
        writeFileSync(file, readFileSync(file, 'utf8').replaceAll('en: ""', 'en: Done.').replaceAll('cy: ""', "cy: Wedi'i wneud."));
      }
    }
    const result = await run(['validate', '--quarter', '2023Q3'], root);
    expect(result.stdout).toContain('no problems');
    expect(result.exitCode).toBe(0);
    const stub = readFileSync(path.join(root, 'data/policing-protocol/2023Q3/summary.en.md'), 'utf8');
    expect(stub).toContain('Quarter 3 2023/24 (October, November, December 2023)');
    expect(readFileSync(path.join(root, 'data/policing-protocol/2023Q3/summary.cy.md'), 'utf8')).toContain(
      'Chwarter 3 2023/24 (Hydref, Tachwedd, Rhagfyr 2023)',
    );
  });

  it('refuses a quarter that exists, and writes nothing', async () => {
    const root = copyOfData();
    await run(['new-quarter', '--quarter', '2023Q3'], root);
    const before = snapshotFolder(root);
    const result = await run(['new-quarter', '--quarter', '2023Q3'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('data/policing-protocol/2023Q3 already exists');
    expect(result.stderr).toContain('Nothing was written');
    expect(snapshotFolder(root)).toEqual(before);
  });

  it('refuses the whole command when one report cannot have the quarter', async () => {
    const root = copyOfData();
    mkdirSync(path.join(root, 'data/business-plan/2023Q3'));
    const result = await run(['new-quarter', '--quarter', '2023Q3'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('data/business-plan/2023Q3 already exists');
    expect(result.stderr).toContain('--report');
    expect(existsSync(path.join(root, 'data/policing-protocol/2023Q3'))).toBe(false);
    const one = await run(['new-quarter', '--quarter', '2023Q3', '--report', 'policing-protocol'], root);
    expect(one.exitCode).toBe(0);
    expect(existsSync(path.join(root, 'data/policing-protocol/2023Q3/17a.yaml'))).toBe(true);
  });

  it('refuses a quarter that is not the one after the latest, unless --from is given', async () => {
    const root = copyOfData();
    const before = snapshotFolder(root);
    const skipped = await run(['new-quarter', '--quarter', '2023Q4'], root);
    expect(skipped.exitCode).toBe(2);
    expect(skipped.stderr).toContain('2023Q4 is not the quarter after its latest, 2023Q2 (that is 2023Q3)');
    expect(skipped.stderr).toContain('--from 2023Q2');
    const earlier = await run(['new-quarter', '--quarter', '2022Q4', '--report', 'policing-protocol'], root);
    expect(earlier.exitCode).toBe(2);
    expect(snapshotFolder(root)).toEqual(before);

    const missing = await run(['new-quarter', '--quarter', '2023Q4', '--from', '2023Q1'], root);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('business-plan: there is no 2023Q1 to copy from');

    const from = await run(['new-quarter', '--quarter', '2023Q4', '--from', '2023Q2'], root);
    expect(from.exitCode).toBe(0);
    expect(sectionFiles(path.join(root, 'data/business-plan/2023Q4'))).toEqual(sectionFiles(path.join(SAMPLE, 'business-plan/2023Q2')));
  });

  it('refuses to copy a quarter with errors, and writes nothing', async () => {
    const root = copyOfData();
    const file = path.join(root, 'data/policing-protocol/2023Q2/17a.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('rag: green', 'rag: gren'));
    const before = snapshotFolder(root);
    const result = await run(['new-quarter', '--quarter', '2023Q3'], root);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('unknown-rating');
    expect(snapshotFolder(root)).toEqual(before);
  });

  it('refuses a data folder without reports', async () => {
    const root = temporaryFolder();
    mkdirSync(path.join(root, 'data'));
    const result = await run(['new-quarter', '--quarter', '2023Q3'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('holds no report');
  });

  it('refuses what is not a quarter', async () => {
    const root = copyOfData();
    for (const argv of [['--quarter', '2023Q5'], ['--quarter', '../x'], ['--quarter', '2023Q3', '--from', '23Q2']]) {
      const result = await run(['new-quarter', ...argv], root);
      expect(result.exitCode, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain('is not a quarter');
    }
  });
});
