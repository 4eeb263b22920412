import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { CliResult } from '../helpers/run-cli.js';
import { SAMPLE_DATA } from '../helpers/sample.js';

/** A copy of the sample data in a fresh temporary folder: returns the folder (the cwd) holding data/. */
export function sampleCopy(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rag-hostile-'));
  cpSync(SAMPLE_DATA, path.join(cwd, 'data'), { recursive: true });
  return cwd;
}

/** The section file the YAML cases overwrite, relative to the cwd. */
export const SECTION = 'data/policing-protocol/2023Q2/17m.yaml';

export function writeSection(cwd: string, content: string | Uint8Array): void {
  writeFileSync(path.join(cwd, SECTION), content);
}

export function readSection(cwd: string): string {
  return readFileSync(path.join(cwd, SECTION), 'utf8');
}

/** A valid section file with `extra` lines appended inside the first action, or at the top level. */
export function sectionYaml({ top = '', action = '', update = 'Done.' }: { top?: string; action?: string; update?: string } = {}): string {
  return [
    'section: 17m',
    'title:',
    '  en: Prepare and issue an annual report',
    '  cy: Paratoi a chyhoeddi adroddiad blynyddol',
    ...(top ? [top] : []),
    'actions:',
    '  - id: annual-report',
    '    action:',
    '      en: Prepare and issue an annual report',
    '      cy: Paratoi a chyflwyno adroddiad blynyddol',
    '    rag: green',
    ...(action ? [action] : []),
    '    update:',
    `      en: ${update}`,
    `      cy: ${update}`,
    '    change_reason:',
    '      en: the Annual Report has been published.',
    "      cy: bod yr Adroddiad Blynyddol wedi'i gyhoeddi.",
    '',
  ].join('\n');
}

export const validateSection = ['validate', '--report', 'policing-protocol', '--quarter', '2023Q2', '--format', 'json'];

interface JsonProblem {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/** The problems printed by `validate --format json`. */
export function jsonProblems(result: CliResult): JsonProblem[] {
  const parsed = JSON.parse(result.stdout) as JsonProblem[] | { problems: JsonProblem[] };
  return Array.isArray(parsed) ? parsed : parsed.problems;
}

/** No stack trace in what the CLI printed. */
export function expectNoStack(result: CliResult): void {
  expect(result.stdout).not.toMatch(/^\s+at /m);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

/** Every file under `root` (following no links) with the sha256 of its bytes. */
export function hashTree(root: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(root, file)] = entry.isFile() ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'link';
  }
  return hashes;
}

/** Every file path under `root`, relative, sorted. */
export function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}
