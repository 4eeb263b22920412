import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/translate/mixed/data');

/** Every file under `dir`, by its path there, as base64. */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [path.relative(dir, file), readFileSync(file).toString('base64')]),
  );
}

function dataFiles(dataDir: string): string[] {
  return readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * An edit of one data file: some text put in at a place, or a stretch cut out;
 * or report.yaml's `languages` set, which changes what a build without --lang makes.
 */
const edit = fc.oneof(
  fc.record({
    file: fc.nat(),
    at: fc.nat(),
    cut: fc.nat({ max: 3 }),
    // Words, YAML punctuation, a rating, Welsh letters: edits that keep the file valid and ones that break it.
    text: fc.constantFrom('', 'x', ' more', '\n', ': ', 'red', 'amber', 'ŵ', '  - ', '#'),
  }),
  fc.record({ languages: fc.constantFrom('[en]', '[en, cy]', '[cy, en]') }),
);

const settings = fc.record({
  formats: fc.subarray(['docx', 'html', 'md', 'json'], { minLength: 1 }),
  // Undefined: no --lang, each report in its own languages.
  languages: fc.constantFrom(undefined, 'en', 'cy', 'en,cy'),
  draft: fc.boolean(),
  // validate of one quarter (with the one before it read), or of all.
  oneQuarter: fc.boolean(),
});

describe('the build cache, against random edits of the data', () => {
  it('gives the same exit code, messages and bytes as a build without it, and validate the same problems and verdict', { timeout: 300_000 }, async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'rag-cache-property-'));
    const dataDir = path.join(cwd, 'data');
    const env = { XDG_CACHE_HOME: path.join(cwd, 'cache') };
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 0, maxLength: 3 }), settings, async (edits, { formats, languages, draft, oneQuarter }) => {
        rmSync(dataDir, { recursive: true, force: true });
        cpSync(FIXTURE, dataDir, { recursive: true });
        const lang = languages === undefined ? [] : ['--lang', languages];
        const args = ['build', '--quarter', '2023Q2', '--format', formats.join(','), ...lang, '--quiet', ...(draft ? ['--draft'] : [])];
        // Each state of the data is built with the cache, then edited: the cache holds every earlier state.
        for (const step of [undefined, ...edits]) {
          if (step && 'languages' in step) {
            const file = path.join(dataDir, 'demo', 'report.yaml');
            const kept = readFileSync(file, 'utf8').replace(/^languages: .*\n/m, '');
            writeFileSync(file, `${kept}${kept.endsWith('\n') ? '' : '\n'}languages: ${step.languages}\n`);
          } else if (step) {
            const files = dataFiles(dataDir);
            const file = files[step.file % files.length]!;
            const bytes = readFileSync(file);
            const at = step.at % (bytes.length + 1);
            writeFileSync(file, Buffer.concat([bytes.subarray(0, at), Buffer.from(step.text), bytes.subarray(at + step.cut)]));
          }
          const results = [];
          for (const [out, extra] of [['cached', []], ['uncached', ['--no-cache']]] as const) {
            rmSync(path.join(cwd, out), { recursive: true, force: true });
            const result = await runCli([...args, '--out', out, ...extra], cwd, env);
            results.push({ exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr, files: tree(path.join(cwd, out)) });
          }
          expect(results[0]).toEqual(results[1]);
          // validate reads unchanged files' results back from the cache; it must print the same.
          const validations = [];
          for (const extra of [[], ['--no-cache']]) {
            const result = await runCli(['validate', '--format', 'json', ...extra], cwd, env);
            validations.push({ exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr });
          }
          expect(validations[0]).toEqual(validations[1]);
          // Run again unchanged, validate reads its whole result back: the same problems and verdict, for the same options.
          const again = [];
          for (const extra of [[], [], ['--no-cache']]) {
            const result = await runCli(['validate', ...lang, ...(oneQuarter ? ['--quarter', '2023Q2'] : []), ...extra], cwd, env);
            again.push({ exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr });
          }
          expect(again[1]).toEqual(again[0]);
          expect(again[2]).toEqual(again[0]);
        }
      }),
      { numRuns: 12 },
    );
  });
});
