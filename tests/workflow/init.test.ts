import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/cli/commands/schema.js';
import { VERSION } from '../../src/cli/version.js';
import type { Problem } from '../../src/problems/index.js';
import { VERSION_PLACEHOLDER } from '../../src/workflow/index.js';
import { REPO, run, snapshotFolder, temporaryFolder } from './helpers.js';

const WRITTEN = [
  '.github/workflows/reports.yml',
  '.gitignore',
  '.vscode/extensions.json',
  '.vscode/settings.json',
  'README.md',
  'data/.schema/report.schema.json',
  'data/.schema/section.schema.json',
  'data/delivery-plan/2024Q1/priority-1.yaml',
  'data/delivery-plan/2024Q1/priority-2.yaml',
  'data/delivery-plan/2024Q2/priority-1.yaml',
  'data/delivery-plan/2024Q2/priority-2.yaml',
  'data/delivery-plan/2024Q2/summary.cy.md',
  'data/delivery-plan/2024Q2/summary.en.md',
  'data/delivery-plan/report.yaml',
  'package.json',
];

async function initialised(): Promise<string> {
  const parent = temporaryFolder();
  const result = await run(['init', 'my-reports'], parent);
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return path.join(parent, 'my-reports');
}

describe('init', () => {
  it('writes the example repository into a new folder and says what to do next', async () => {
    const parent = temporaryFolder();
    const result = await run(['init', 'my-reports'], parent);
    expect(result.exitCode).toBe(0);
    expect(Object.keys(snapshotFolder(path.join(parent, 'my-reports'))).sort()).toEqual(WRITTEN);
    expect(result.stdout).toContain('Started a report repository in my-reports/');
    const next = result.stdout.slice(result.stdout.indexOf('Next:')).split('\n').map((line) => line.trim()).filter(Boolean);
    expect(next.slice(1, 4)).toEqual([
      'cd my-reports',
      `npm install                 installs rag-report ${VERSION} from the npm registry and writes package-lock.json;`,
      `from a tarball instead: npm install --save-exact ./vendor/rag-report-${VERSION}.tgz (see the README)`,
    ]);
    expect(next.slice(4)).toEqual([
      'npx rag-report validate',
      'npx rag-report build --quarter 2024Q2',
      // main: the branch the workflow builds on every push, whatever git's own default is.
      'git init -b main && git add . && git commit -m "Start the reports"',
    ]);
    expect(parse(snapshotFolder(path.join(parent, 'my-reports'))['.github/workflows/reports.yml']!).on.push.branches).toEqual(['main']);
  });

  it('gives data that validates at once, with no warnings, and a previous quarter to compare with', async () => {
    const root = await initialised();
    const validate = await run(['validate', '--format', 'json'], root);
    expect(validate.exitCode).toBe(0);
    expect(JSON.parse(validate.stdout)).toEqual([]);
    expect((await run(['validate', '--strict'], root)).stdout).toContain('valid: 1 report, 2 quarters, no problems');
    const compare = JSON.parse((await run(['compare', '--quarter', '2024Q2', '--format', 'json'], root)).stdout);
    expect(compare.previousQuarter).toBe('2024Q1');
    expect(compare.changes.map((change: { id: string }) => change.id)).toEqual(['call-answering', 'staff-survey', 'training-plans']);
    expect((await run(['history'], root)).exitCode).toBe(0);
  });

  it('gives data that builds at once, in both languages', async () => {
    const root = await initialised();
    const out = temporaryFolder();
    const result = await run(['build', '--quarter', '2024Q2', '--data', path.join(root, 'data'), '--out', out], temporaryFolder());
    expect(result.exitCode, result.stderr).toBe(0);
    expect(Object.keys(snapshotFolder(out)).sort()).toEqual(
      ['cy.comparison.svg', 'cy.docx', 'cy.html', 'cy.md', 'cy.trend.svg', 'en.comparison.svg', 'en.docx', 'en.html', 'en.md', 'en.trend.svg'].map((ending) => `delivery-plan/2024Q2/delivery-plan-2024Q2.${ending}`).concat('delivery-plan/2024Q2/summary.json'),
    );
  });

  it('fills in the version and writes the JSON Schemas that the data files and editor settings point to', async () => {
    const root = await initialised();
    const files = snapshotFolder(root);
    for (const [name, text] of Object.entries(files)) expect(text, name).not.toContain(VERSION_PLACEHOLDER);
    const manifest = JSON.parse(files['package.json']!);
    expect(manifest).toMatchObject({ name: 'my-reports', private: true, dependencies: { 'rag-report': VERSION } });
    expect(manifest.engines.node).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).engines.node);
    expect(files['README.md']).toContain(`installs rag-report ${VERSION}`);
    expect(files['README.md']).toContain(`npm install --save-exact ./vendor/rag-report-${VERSION}.tgz`);
    for (const [name, text] of Object.entries(jsonSchemas())) expect(files[`data/.schema/${name}`]).toBe(text);
    for (const name of WRITTEN.filter((file) => file.endsWith('.yaml'))) {
      const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(files[name]!.split('\n')[0]!)?.[1];
      expect(schema, name).toBeDefined();
      expect(existsSync(path.resolve(root, path.dirname(name), schema!)), name).toBe(true);
    }
    const settings = JSON.parse(files['.vscode/settings.json']!);
    expect(Object.keys(settings['yaml.schemas']).map((file) => path.normalize(file))).toEqual([
      path.normalize('data/.schema/report.schema.json'),
      path.normalize('data/.schema/section.schema.json'),
    ]);
    expect(settings['yaml.schemas']['./data/.schema/section.schema.json']).toEqual(['data/*/*/*.yaml']);
  });

  it('has git ignore what the tool and translators leave behind, and nothing staff write', async () => {
    const root = await initialised();
    spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '-q', '--no-index', file], { cwd: root }).status === 0;
    for (const file of ['dist/delivery-plan/2024Q2/delivery-plan-2024Q2.en.docx', 'node_modules/rag-report/package.json', 'welsh.xliff', 'welsh.xlf', 'welsh.csv', '~$livery-plan-2024Q2.cy.docx', 'data/delivery-plan/2024Q2/~$notes.docx']) {
      expect(ignored(file), file).toBe(true);
    }
    for (const file of ['data/delivery-plan/2024Q2/priority-1.yaml', 'data/delivery-plan/2024Q2/summary.cy.md', 'package.json', 'package-lock.json', 'vendor/rag-report-1.0.0.tgz', '.github/workflows/reports.yml']) {
      expect(ignored(file), file).toBe(false);
    }
  });

  it('gives a README that covers what staff need', async () => {
    const readme = snapshotFolder(await initialised())['README.md']!;
    for (const topic of ['## Editing a quarter', '## What each rating means', '## English and Welsh', '## Checking your work', '## Building the documents', '## The quarterly routine', '## What GitHub does for you']) {
      expect(readme).toContain(topic);
    }
    expect(readme).toContain('npx rag-report new-quarter --quarter 2024Q3');
    expect(readme).toContain('npm ci');
    expect(readme).toContain('npx rag-report doctor');
    expect(readme).toContain('git init -b main');
    expect(readme).toContain('**drafts**');
    expect(readme).not.toMatch(/(^ *|`)rag-report (validate|build|new-quarter|compare|history|translations|schema|doctor)\b/m); // every command through npx, as installed
  });

  it('gives a README whose every command and option is one the tool has', async () => {
    const readme = snapshotFolder(await initialised())['README.md']!;
    const commands = [...readme.matchAll(/npx rag-report ((?:translations )?[a-z-]+)([^`\n]*)/g)];
    expect(commands.length).toBeGreaterThan(10);
    for (const [whole, command, rest] of commands) {
      const help = await run([...command!.split(' '), '--help'], temporaryFolder());
      expect(help.exitCode, whole).toBe(0);
      for (const option of rest!.match(/--[a-z-]+/g) ?? []) expect(help.stdout, `${whole}: ${option}`).toContain(option);
    }
  });

  it('starts the next quarter with new-quarter, after which validate lists every update to write', async () => {
    const root = await initialised();
    expect((await run(['new-quarter', '--quarter', '2024Q3'], root)).exitCode).toBe(0);
    const result = await run(['validate', '--quarter', '2024Q3', '--format', 'json'], root);
    expect(result.exitCode).toBe(1);
    const problems = JSON.parse(result.stdout) as Problem[];
    expect(problems.map((problem) => `${problem.file} ${problem.code}`)).toEqual([
      ...Array(3).fill('data/delivery-plan/2024Q3/priority-1.yaml empty-text'),
      ...Array(3).fill('data/delivery-plan/2024Q3/priority-2.yaml empty-text'),
    ]);
  });

  it("prints the summary staff write in a new quarter, and none of the stub's notes", async () => {
    const root = await initialised();
    await run(['new-quarter', '--quarter', '2024Q3'], root);
    const dir = path.join(root, 'data/delivery-plan/2024Q3');
    for (const name of ['priority-1.yaml', 'priority-2.yaml']) {
      const file = path.join(dir, name);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll('en: ""', 'en: Done.').replaceAll('cy: ""', 'cy: Gwnaed.'));
    }
    // One rating moves, as most quarters have one.
    const first = path.join(dir, 'priority-1.yaml');
    writeFileSync(first, readFileSync(first, 'utf8').replace('rag: amber', 'rag: green\n    change_reason: { en: it is done., cy: ei fod wedi gorffen. }'));
    for (const [language, text] of [['en', 'Written by staff.'], ['cy', 'Wedi ysgrifennu gan staff.']]) {
      const file = path.join(dir, `summary.${language}.md`);
      writeFileSync(file, `${readFileSync(file, 'utf8')}${text}\n`);
    }
    expect((await run(['validate', '--quarter', '2024Q3', '--strict'], root)).exitCode).toBe(0);
    const out = temporaryFolder();
    const result = await run(['build', '--quarter', '2024Q3', '--format', 'md', '--out', out], root);
    expect(result.exitCode).toBe(0);
    const english = readFileSync(path.join(out, 'delivery-plan/2024Q3/delivery-plan-2024Q3.en.md'), 'utf8');
    expect(english).toContain('Written by staff.');
    expect(english).not.toContain('Executive summary for Quarter 3');
    expect(readFileSync(path.join(out, 'delivery-plan/2024Q3/delivery-plan-2024Q3.cy.md'), 'utf8')).not.toContain('Crynodeb gweithredol');
  });

  it('writes into the current folder by default, beside files of its own', async () => {
    const root = temporaryFolder();
    mkdirSync(path.join(root, '.git'));
    writeFileSync(path.join(root, 'LICENSE'), 'MIT\n');
    const result = await run(['init'], root);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('cd ');
    expect(Object.keys(snapshotFolder(root)).sort()).toEqual(['LICENSE', ...WRITTEN].sort());
  });

  it('refuses a folder with a data folder, and writes nothing', async () => {
    const root = temporaryFolder();
    mkdirSync(path.join(root, 'data'));
    const result = await run(['init', '.'], root);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('already has data/: init never overwrites a file');
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('refuses a folder with any file it would write, and writes nothing', async () => {
    const root = temporaryFolder();
    writeFileSync(path.join(root, 'README.md'), '# Ours\n');
    const result = await run(['init', root], temporaryFolder());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('already has README.md');
    expect(snapshotFolder(root)).toEqual({ 'README.md': '# Ours\n' });
  });

  it('refuses a file', async () => {
    const parent = temporaryFolder();
    writeFileSync(path.join(parent, 'notes.txt'), 'x');
    const result = await run(['init', 'notes.txt'], parent);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('notes.txt is a file, not a folder');
    expect(readFileSync(path.join(parent, 'notes.txt'), 'utf8')).toBe('x');
  });
});
