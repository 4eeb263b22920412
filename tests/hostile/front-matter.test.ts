import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, jsonProblems, sampleCopy, validateSection } from './helpers.js';

// Each case runs the whole CLI: allow for a loaded machine.
vi.setConfig({ testTimeout: 30_000 });

const SUMMARY = 'data/policing-protocol/2023Q2/summary.en.md';

/**
 * A summary whose front matter, were it run as JavaScript (or CoffeeScript),
 * would create `marker`. The CLI runs in this process, so an absolute path is
 * used: the code would not run in the copy's folder.
 */
function hostileSummary(language: string, marker: string): string {
  const code = `{ p: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') }`;
  return `---${language}\n${code}\n---\nDuring this Quarter there has been an overall improvement.\n`;
}

describe('front matter is YAML only: no code runs from a summary', () => {
  it.each(['js', 'javascript', 'JS', ' js ', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'lua', 'no-such-language', 'constructor', '__proto__'])(
    'a summary whose front matter is ---%s runs nothing and is a front-matter-language problem at line 1',
    async (language) => {
      const cwd = sampleCopy();
      const marker = path.join(cwd, 'pwned.txt');
      writeFileSync(path.join(cwd, SUMMARY), hostileSummary(language, marker));
      const result = await runCli(validateSection, cwd);
      expectNoStack(result);
      expect(existsSync(marker)).toBe(false);
      expect(result.exitCode).toBe(1);
      const ofSummary = jsonProblems(result).filter((problem) => problem.file === SUMMARY);
      expect(ofSummary).toEqual([expect.objectContaining({ code: 'front-matter-language', line: 1, severity: 'error' })]);
      expect(ofSummary[0]!.message).toContain(language.trim());
    },
  );

  it.each(['js', 'json'])('build refuses a ---%s summary before rendering, and writes nothing', async (language) => {
    const cwd = sampleCopy();
    const marker = path.join(cwd, 'pwned.txt');
    writeFileSync(path.join(cwd, SUMMARY), hostileSummary(language, marker));
    const result = await runCli(['build', '--quarter', '2023Q2', '--format', 'md'], cwd);
    expectNoStack(result);
    expect(existsSync(marker)).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('front-matter-language');
    expect(existsSync(path.join(cwd, 'dist'))).toBe(false);
  });

  it('a JavaScript-looking body under plain --- is read as YAML, not run', async () => {
    const cwd = sampleCopy();
    const marker = path.join(cwd, 'pwned.txt');
    writeFileSync(path.join(cwd, SUMMARY), hostileSummary('', marker));
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(existsSync(marker)).toBe(false);
    expect(result.exitCode).toBe(1);
    expect(jsonProblems(result).filter((problem) => problem.file === SUMMARY).map((problem) => problem.code)).toEqual(['yaml-syntax']);
  });

  it.each(['', 'yaml', 'yml', 'YAML'])('front matter marked ---%s is read as YAML', async (language) => {
    const cwd = sampleCopy();
    const file = path.join(cwd, SUMMARY);
    writeFileSync(file, `---${language}\nnote: kept for the editor\n---\n${readFileSync(file, 'utf8')}`);
    const result = await runCli(validateSection, cwd);
    expectNoStack(result);
    expect(jsonProblems(result).filter((problem) => problem.file === SUMMARY)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});
