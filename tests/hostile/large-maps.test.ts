import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { expectNoStack, jsonProblems, sampleCopy, SECTION, sectionYaml, validateSection, writeSection } from './helpers.js';

const KEYS = 100_000;

/** Validates a copy whose section 17m.yaml holds `content`; the problems of that file and the time taken. */
async function validateWith(content: string) {
  const cwd = sampleCopy();
  writeSection(cwd, content);
  const started = performance.now();
  const result = await runCli(validateSection, cwd);
  const seconds = (performance.now() - started) / 1000;
  expectNoStack(result);
  return { result, seconds, ofSection: jsonProblems(result).filter((problem) => problem.file === SECTION) };
}

// Once 472 s (a duplicate-key check and a key lookup that compared every key with every other):
// the bound is generous for a loaded machine, and far below what quadratic work takes.
describe(`a map of ${KEYS.toLocaleString('en')} keys is answered in seconds`, () => {
  it('unknown keys at the top level: one unknown-field problem each, at its line', async () => {
    const keys = Array.from({ length: KEYS }, (_, index) => `extra${index}: ${index}`);
    const content = `${sectionYaml()}${keys.join('\n')}\n`;
    const { result, seconds, ofSection } = await validateWith(content);
    expect(result.exitCode).toBe(1);
    expect(ofSection).toHaveLength(KEYS);
    expect(ofSection[KEYS - 1]).toMatchObject({ code: 'unknown-field', line: content.split('\n').length - 1 });
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  it('unknown keys inside an action', async () => {
    const keys = Array.from({ length: KEYS }, (_, index) => `    extra${index}: ${index}`);
    const { result, seconds, ofSection } = await validateWith(sectionYaml({ action: keys.join('\n') }));
    expect(result.exitCode).toBe(1);
    expect(ofSection).toHaveLength(KEYS);
    expect(seconds).toBeLessThan(60);
  }, 120_000);

  it('the same key 100,000 times: duplicate-key problems at their lines', async () => {
    const keys = Array.from({ length: KEYS }, () => 'same: 1');
    const content = `${sectionYaml()}${keys.join('\n')}\n`;
    const { result, seconds, ofSection } = await validateWith(content);
    expect(result.exitCode).toBe(1);
    expect(ofSection.length).toBeGreaterThan(0);
    expect(ofSection.every((problem) => problem.code === 'duplicate-key')).toBe(true);
    expect(ofSection[0]).toMatchObject({ line: content.split('\n').indexOf('same: 1') + 2 });
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
