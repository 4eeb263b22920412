import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/run-cli.js';

/**
 * Mutated section files and summaries through the whole CLI, in-process:
 * validate and build must end with 0, 1 or 2, never with a stack trace (or
 * the tool's own "rag-report failed"), within a bound, and every docx they
 * write must be well-formed XML. A small report keeps each run short.
 */

const REPORT = [
  'title: { en: Fuzz report, cy: Adroddiad fuzz }',
  'organisation: { en: Demo Police, cy: Heddlu Enghreifftiol }',
  'item_noun: { en: actions, cy: camau gweithredu }',
  'introduction: { en: An introduction., cy: Cyflwyniad. }',
  'scale:',
  '  red: { label: { en: Red, cy: Coch }, colour: "#FF0000", meaning: { en: Not met, cy: Heb ei fodloni } }',
  '  amber: { label: { en: Amber, cy: Ambr }, colour: "#FFC000", meaning: { en: Partly met, cy: Wedi\'i fodloni\'n rhannol } }',
  '  green: { label: { en: Green, cy: Gwyrdd }, colour: "#00B050", meaning: { en: Met, cy: Wedi\'i fodloni } }',
  'sections: [s1]',
  '',
].join('\n');

/** A valid section file whose English update is `update`, as a YAML double-quoted string (any character can be written). */
function section(update: string, rag = 'amber'): string {
  return [
    'section: s1',
    'title: { en: Set the direction, cy: "Pennu\'r cyfeiriad" }',
    'actions:',
    '  - id: plan',
    '    action: { en: Write the plan, cy: "Ysgrifennu\'r cynllun" }',
    `    rag: ${rag}`,
    '    update:',
    `      en: ${JSON.stringify(update)}`,
    '      cy: Mae\'r cynllun allan.',
    '',
  ].join('\n');
}

/** Pieces that have broken a renderer or a parser before, and plain words between them. */
const markdownPiece = fc.oneof(
  fc.constantFrom(
    'word ', 'The plan is out. ', '\n\n', '\n', '- ', '  - ', '1. ', '> ', '**', '*', '_', '~~', '`', '```\n', '# ', '| a | b |\n|---|---|\n| 1 | 2 |\n',
    '[x](https://example.org)', '[x](javascript:alert(1))', '[x](&#106;avascript:1)', '<javascript:alert(1)>', '![pic](logo.png)', '[^1]', '[^1]: note\n',
    '<script>alert(1)</script>', '</td></tr></table>', '<table>', '&amp;', '&#0;', '\u0000', '\u0001', '\u000b', '\u001b[31m', '\u007f', '\ufffe', '\ud800', '\u200b', 'ŵŷ', '😀',
    '{{current.counts.green}}', '{{', '}}', '\\', '"', "'", ': ', '#', '---\n', '\t', '\r\n', 'x'.repeat(300), ' '.repeat(50),
  ),
  fc.string({ maxLength: 20 }),
);
/** Markdown a report may hold (no control characters, images or unsafe links), so that half the runs get as far as the renderers. */
const allowedPiece = fc.constantFrom(
  'word ', 'The plan is out. ', '\n\n', '\n', '- ', '  - ', '1. ', '> ', '**', '*', '_', '~~', '`', '```\n', '# ', '| a | b |\n|---|---|\n| 1 | 2 |\n',
  '[x](https://example.org)', '[x](#top)', '[^1]', '[^1]: note\n', '<script>alert(1)</script>', '</td></tr></table>', '<table>', '&amp;', '&#0;', '\u200b', 'ŵŷ', '😀',
  '{{current.counts.green}}', '{{', '}}', '\\', '"', "'", ': ', '#', '---\n', '\t', 'x'.repeat(300), ' '.repeat(50),
);
const markdown = fc.oneof(fc.array(allowedPiece, { maxLength: 40 }), fc.array(markdownPiece, { maxLength: 40 })).map((pieces) => pieces.join(''));

/** A section file's text mutated as bytes: a line dropped, doubled, or a character changed. */
const sectionMutation = fc.record({
  update: markdown,
  rag: fc.constantFrom('amber', 'green', 'Red', 'purple', 'n/a', '"\\e[2J"', '[1, 2]', ''),
  edit: fc.option(fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'indent', 'splice')), { nil: undefined }),
  splice: fc.string({ unit: 'binary', maxLength: 8 }),
});

function mutatedSection({ update, rag, edit, splice }: { update: string; rag: string; edit?: [number, string]; splice: string }): string {
  const lines = section(update, rag).split('\n');
  if (!edit) return lines.join('\n');
  const [at, how] = edit;
  const index = at % lines.length;
  if (how === 'drop') lines.splice(index, 1);
  else if (how === 'double') lines.splice(index, 0, lines[index]!);
  else if (how === 'indent') lines[index] = ` ${lines[index]}`;
  else lines[index] = `${lines[index]!.slice(0, at % 7)}${splice}${lines[index]!.slice(at % 7)}`;
  return lines.join('\n');
}

const summaryPiece = fc.constantFrom(
  '{{current.counts.green}}', '{{current.percent.amber}}', '{{previous.counts.red}}', '{{nothing.here}}', '{{#each current.counts}}{{@key}}{{/each}}',
  '{{{{raw}}}}{{x}}{{{{/raw}}}}', '{{> partial}}', '{{constructor}}', '{{__proto__}}', '{{lookup this "constructor"}}', '{{#with current}}{{rated}}{{/with}}',
  '{{', '}}', '{{!comment}}', 'Overall, good. ', '\n\n', '> ', '- ', '**bold** ', '[x](javascript:1)', '![x](y.png)', '\u0001', '<b>', 'ŵ',
);
const frontMatter = fc.constantFrom('', '---\nnote: fine\n---\n', '---js\n{ a: 1 }\n---\n', '---json\n{"a": 1}\n---\n', '---\ncurrent: {counts: {green: 999}}\n---\n', '---\n[unclosed\n---\n', '---\n', '----\n');
const summary = fc.tuple(frontMatter, fc.array(summaryPiece, { maxLength: 20 })).map(([head, pieces]) => `${head}${pieces.join('')}\n`);

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function dataFolder(sectionText: string, summaryText: string | undefined): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rag-fuzz-'));
  folders.push(cwd);
  const quarter = path.join(cwd, 'data/fuzz/2023Q2');
  mkdirSync(quarter, { recursive: true });
  writeFileSync(path.join(cwd, 'data/fuzz/report.yaml'), REPORT);
  writeFileSync(path.join(quarter, 's1.yaml'), sectionText);
  if (summaryText !== undefined) writeFileSync(path.join(quarter, 'summary.en.md'), summaryText);
  return cwd;
}

/** Ended as the CLI promises: 0, 1 or 2, no stack trace, no fault of the tool, in bounded time. */
async function expectCleanRun(args: readonly string[], cwd: string): Promise<CliResult> {
  const started = performance.now();
  const result = await runCli(args, cwd);
  const seconds = (performance.now() - started) / 1000;
  const printed = result.stdout + result.stderr;
  expect([0, 1, 2], printed).toContain(result.exitCode);
  expect(printed).not.toMatch(/^\s+at /m);
  expect(printed).not.toContain('rag-report failed');
  expect(seconds, args.join(' ')).toBeLessThan(20);
  return result;
}

/** Every docx written is a zip whose word/document.xml is well-formed XML. */
function expectWellFormedDocx(cwd: string): void {
  const file = path.join(cwd, 'dist/fuzz/2023Q2/fuzz-2023Q2.en.docx');
  expect(existsSync(file)).toBe(true);
  const part = unzipSync(readFileSync(file), { filter: (entry) => entry.name === 'word/document.xml' })['word/document.xml'];
  expect(part).toBeDefined();
  expect(XMLValidator.validate(strFromU8(part!))).toBe(true);
}

let builds = 0;

async function validateAndBuild(cwd: string): Promise<void> {
  await expectCleanRun(['validate', '--format', 'json'], cwd);
  const built = await expectCleanRun(['build', '--quarter', '2023Q2', '--lang', 'en', '--format', 'docx,html'], cwd);
  if (built.exitCode === 0) {
    builds += 1;
    expectWellFormedDocx(cwd);
  }
}

describe('validate and build on mutated data (fast-check)', () => {
  it('the unmutated data builds, so the runs below reach the renderers', async () => {
    const cwd = dataFolder(section('The plan is out for **consultation**.'), 'We rated {{current.counts.amber}} amber.\n');
    const built = await expectCleanRun(['build', '--quarter', '2023Q2', '--lang', 'en', '--format', 'docx,html'], cwd);
    expect(built.exitCode, built.stderr).toBe(0);
    expectWellFormedDocx(cwd);
  });

  it('mutated section files', async () => {
    builds = 0;
    await fc.assert(fc.asyncProperty(sectionMutation, async (mutation) => validateAndBuild(dataFolder(mutatedSection(mutation), undefined))), { numRuns: 25 });
    // Not a vacuous property: some of the mutated files were valid, and were rendered.
    expect(builds).toBeGreaterThan(0);
  }, 120_000);

  it('mutated summaries', async () => {
    await fc.assert(fc.asyncProperty(summary, async (text) => validateAndBuild(dataFolder(section('Done.'), text))), { numRuns: 15 });
  }, 120_000);
});
