import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { carryForwardSection } from '../../src/workflow/index.js';
import { FIXTURES, REPO, UPDATE } from './helpers.js';

const CASES = path.join(FIXTURES, 'carry-forward');

describe('carryForwardSection', () => {
  for (const name of readdirSync(CASES)) {
    it(`carries ${name} forward as in its output.yaml`, () => {
      const input = readFileSync(path.join(CASES, name, 'input.yaml'), 'utf8');
      const expectedFile = path.join(CASES, name, 'output.yaml');
      const actual = carryForwardSection(input);
      if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, actual);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
      // Carried forward again, new-quarter's own comments are replaced, not repeated.
      expect(carryForwardSection(actual).split('\n').length).toBe(actual.split('\n').length);
    });
  }

  it('changes nothing in the sample data but the updates and change reasons', () => {
    const quarter = path.join(REPO, 'data/policing-protocol/2023Q2');
    for (const name of readdirSync(quarter).filter((file) => file.endsWith('.yaml'))) {
      const before = parse(readFileSync(path.join(quarter, name), 'utf8'));
      const after = parse(carryForwardSection(readFileSync(path.join(quarter, name), 'utf8')));
      const expected = {
        ...before,
        actions: before.actions.map(({ change_reason: _, ...action }: Record<string, unknown>) => ({ ...action, update: { en: '', cy: '' } })),
      };
      expect(after, name).toEqual(expected);
    }
  });

  it('keeps every other line of the sample data as it was written', () => {
    const quarter = path.join(REPO, 'data/business-plan/2023Q2');
    for (const name of readdirSync(quarter).filter((file) => file.endsWith('.yaml'))) {
      const text = readFileSync(path.join(quarter, name), 'utf8');
      const carried = carryForwardSection(text);
      expect(carried.split('\n')[0], name).toBe('# yaml-language-server: $schema=../../.schema/section.schema.json');
      expect(withoutUpdates(carried), name).toBe(withoutUpdates(text));
    }
  });
});

/** The text without the action fields new-quarter replaces, and without the comments it writes. */
function withoutUpdates(text: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of text.split('\n')) {
    if (/^ {4}(update|change_reason):/.test(line)) skipping = true;
    else if (skipping && line.trim() !== '' && !/^ {5}/.test(line)) skipping = false;
    if (!skipping && !/^ {4}# (Write this quarter|Rated n\/a)/.test(line)) kept.push(line);
  }
  return kept.join('\n');
}
