import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/figures/index.js';
import { fixture, loadQuarter, sampleData } from '../figures/fixtures.js';
import { blockAfter, columnEnds, ESCAPE, run } from './run-cli.js';

const NO_COLOR = { env: { NO_COLOR: '1' } };
const sample = ['--data', sampleData];
const reportOrder = ['--data', fixture('figures/report-order/data')];
const fourRatings = ['--data', fixture('four-ratings/data')];

/** The counts table lines up: rows end their columns where the fullest rows do, and the header too. */
function expectCountsAligned(output: string): void {
  const [header, ...rows] = blockAfter(output);
  const ends = rows.map((row) => columnEnds(row));
  const fullest = ends.reduce((widest, next) => (next.length > widest.length ? next : widest));
  expect(rows.length).toBeGreaterThanOrEqual(4);
  for (const row of ends) {
    if (row.length === fullest.length) expect(row).toEqual(fullest);
    else expect(fullest).toEqual(expect.arrayContaining(row));
  }
  expect(fullest).toEqual(expect.arrayContaining(columnEnds(header!, false)));
}

/** The attention table's number columns end under their headings. */
function expectAttentionAligned(output: string): void {
  const [, header, ...rows] = blockAfter(output, 'Sections needing attention');
  const headings = columnEnds(header!, false);
  for (const row of rows) expect(columnEnds(row).slice(0, headings.length)).toEqual(headings);
}

/** The text beside a fixture's data; UPDATE=1 rewrites it. */
function expectFile(relative: string, actual: string): void {
  const file = fixture(relative);
  if (process.env.UPDATE || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('rag-report compare, text', () => {
  it('shows the sample policing-protocol: counts, every change with its text and reason, attention', async () => {
    const { exitCode, stdout, stderr } = await run(['compare', '--quarter', '2023Q2', '--report', 'policing-protocol', ...sample], NO_COLOR);
    expect(stderr).toBe('');
    expect(exitCode).toBe(0);
    expect(stdout).toContain('2023Q2 compared with 2023Q1');
    expect(blockAfter(stdout)).toEqual([
      '            2023Q1     2023Q2        change',
      '  Red       0   0%     0   0%     0   0 pts',
      '  Amber    17  34%    15  30%    -2  -4 pts',
      '  Green    33  66%    35  70%    +2  +4 pts',
      '  rated    50         50          0',
      '  n/a       4          4          0',
    ]);
    const changes = blockAfter(stdout, 'Rating changes (6)');
    expect(changes.filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['17g', 'environmental-impact'],
      ['17g', 'sponsorship'],
      ['17h', 'partner-collaboration'],
      ['17m', 'annual-report'],
      ['19', 'data-protection'],
      ['20e', 'commissioned-services-performance'],
    ]);
    expect(changes.join('\n')).toContain(
      '  17m  annual-report                      Amber → Green\n' +
        "       Prepare and issue an annual report to the Panel on the PCC's delivery against the objectives set within the Plan\n" +
        '       as the Annual Report has been published.',
    );
    expect(changes.join('\n')).toContain('  19   data-protection                    Green → Amber');
    expect(blockAfter(stdout, 'Added in 2023Q2 (0)')).toEqual(['  none']);
    expect(blockAfter(stdout, 'Removed since 2023Q1 (0)')).toEqual(['  none']);
    const attention = blockAfter(stdout, 'Sections needing attention (3)');
    expect(attention.slice(2).map((line) => line.slice(0, 50))).toEqual([
      '  17k      4    0      4      0     100%  Publish ',
      '  19       1    0      1      0     100%  Access t',
      '  20a      2    0      2      0     100%  Delivery',
    ]);
    expectCountsAligned(stdout);
    expectAttentionAligned(stdout);
  });

  it('with no previous quarter says so and shows the current figures, aligned', async () => {
    const { exitCode, stdout } = await run(['compare', '--quarter', '2023Q2', '--report', 'business-plan', ...sample], NO_COLOR);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('2023Q2 alone: there is no data for 2023Q1 (the quarter before) to compare with.');
    expect(blockAfter(stdout)).toEqual([
      '            2023Q2',
      '  Red       3   6%',
      '  Amber    35  69%',
      '  Green    13  25%',
      '  rated    51',
      '  n/a       0',
    ]);
    expect(stdout).not.toContain('Rating changes');
    expect(stdout).not.toContain('—');
    expect(blockAfter(stdout, 'Sections needing attention (2)')[0]).toContain('listed when 50% or more of a section\'s rated actions are Red, or when any of them is Red');
    expectCountsAligned(stdout);
    expectAttentionAligned(stdout);
  });

  it('prints every report that has the quarter, in name order', async () => {
    const { stdout } = await run(['compare', '--quarter', '2023Q2', ...sample], NO_COLOR);
    expect(stdout.indexOf('Business Plan (business-plan)')).toBeGreaterThanOrEqual(0);
    expect(stdout.indexOf('(policing-protocol)')).toBeGreaterThan(stdout.indexOf('(business-plan)'));
  });

  it('shows changes to and from n/a, added and removed actions, across a year end (2024Q4 to 2025Q1)', async () => {
    const { exitCode, stdout } = await run(['compare', '--quarter', '2025Q1', ...reportOrder], NO_COLOR);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('2025Q1 compared with 2024Q4');
    expect(stdout).toContain('  2      b1  N/A → Green');
    expect(stdout).toContain('  annex  d1  Green → Red\n         Action d1\n         no change_reason given');
    expect(blockAfter(stdout, 'Added in 2025Q1 (2)')).toEqual(['  intro  new-1  now Red', '         Action new-1', '  10     new-2  now Amber', '         Action new-2']);
    expect(blockAfter(stdout, 'Removed since 2024Q4 (2)')).toEqual(['  intro  gone-1  was Red', '         Action gone-1', '  annex  gone-2  was Amber', '         Action gone-2']);
    expectCountsAligned(stdout);
    expectAttentionAligned(stdout);
    expectFile('figures/report-order/compare.txt', stdout);
  });

  it('--with chooses the quarter to compare with; one without data is named', async () => {
    const explicit = await run(['compare', '--quarter', '2025Q1', '--with', '2024Q4', ...reportOrder], NO_COLOR);
    const byDefault = await run(['compare', '--quarter', '2025Q1', ...reportOrder], NO_COLOR);
    expect(explicit.stdout).toBe(byDefault.stdout);
    const missing = await run(['compare', '--quarter', '2025Q1', '--with', '2024Q2', ...reportOrder], NO_COLOR);
    expect(missing.exitCode).toBe(0);
    expect(missing.stdout).toContain('2025Q1 alone: there is no data for 2024Q2 to compare with.');
    const backwards = await run(['compare', '--quarter', '2023Q1', '--with', '2023Q2', '--report', 'policing-protocol', ...sample], NO_COLOR);
    expect(backwards.stdout).toContain('2023Q1 compared with 2023Q2');
    expect(backwards.stdout).toContain('annual-report                      Green → Amber');
  });

  it('validates a report with a fourth rating, Blue, with no problems', async () => {
    const { exitCode, stdout } = await run(['validate', ...fourRatings], NO_COLOR);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('no problems');
  });

  it('shows a fourth rating, Blue, in the table, the changes and the attention rule', async () => {
    const { exitCode, stdout } = await run(['compare', '--quarter', '2023Q2', ...fourRatings], NO_COLOR);
    expect(exitCode).toBe(0);
    expect(blockAfter(stdout)).toContain('  Blue     1  14%    4  57%    +3  +43 pts');
    expect(stdout).toContain('  governance  g1  Green → Blue');
    expect(stdout).toContain("are Red, Amber or Green, or when any of them is Red");
    expect(blockAfter(stdout, 'Sections needing attention (2)')[1]).toBe('            rated  Red  Amber  Green  Blue  concern');
    expectCountsAligned(stdout);
    expectAttentionAligned(stdout);
    expectFile('four-ratings/compare.txt', stdout);
  });
});

describe('rag-report compare, colour', () => {
  const argv = ['compare', '--quarter', '2023Q2', ...sample];

  it('with NO_COLOR on a terminal: no escape codes, every rating still named', async () => {
    const { stdout } = await run(argv, { isTTY: true, env: { NO_COLOR: '1' } });
    expect(stdout).not.toMatch(ESCAPE);
    for (const word of ['Red', 'Amber', 'Green', 'Amber → Green', 'Green → Amber']) expect(stdout).toContain(word);
  });

  it('through a pipe: no escape codes', async () => {
    const piped = await run(argv);
    expect(piped.stdout).not.toMatch(ESCAPE);
    expect(piped.stdout).toBe((await run(argv, NO_COLOR)).stdout);
  });

  it('on a terminal: coloured, and the same text once the colour is taken away', async () => {
    const coloured = await run(argv, { isTTY: true });
    expect(coloured.stdout).toMatch(ESCAPE);
    expect(coloured.stdout.replace(ESCAPE, '')).toBe((await run(argv, NO_COLOR)).stdout);
    expectCountsAligned(coloured.stdout);
  });
});

describe('rag-report compare --format json', () => {
  it('prints exactly the summary.json of one report', async () => {
    const { exitCode, stdout } = await run(['compare', '--quarter', '2023Q2', '--report', 'policing-protocol', '--format', 'json', ...sample], { isTTY: true });
    expect(exitCode).toBe(0);
    const expected = summarise(
      loadQuarter(sampleData, 'policing-protocol', '2023Q2')!,
      loadQuarter(sampleData, 'policing-protocol', '2023Q1'),
    );
    expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    const parsed = JSON.parse(stdout);
    expect(Object.keys(parsed)).toEqual(['report', 'quarter', 'previousQuarter', 'current', 'previous', 'changes', 'added', 'removed', 'attention']);
    expect(parsed.current).toEqual({ rated: 50, notApplicable: 4, counts: { red: 0, amber: 15, green: 35 }, percent: { red: 0, amber: 30, green: 70 } });
    expect(Object.keys(parsed.changes[0])).toEqual(['id', 'section', 'from', 'to']);
    expect(Object.keys(parsed.attention[0])).toEqual(['section', 'rated', 'counts', 'share']);
  });

  it('with no previous quarter gives null for previousQuarter and previous, empty lists', async () => {
    const { stdout } = await run(['compare', '--quarter', '2023Q2', '--report', 'business-plan', '--format', 'json', ...sample]);
    expect(JSON.parse(stdout)).toMatchObject({ previousQuarter: null, previous: null, changes: [], added: [], removed: [] });
  });

  it('for several reports, an array of their summaries in report-name order', async () => {
    const { stdout } = await run(['compare', '--quarter', '2023Q2', '--format', 'json', ...sample]);
    const parsed = JSON.parse(stdout) as { report: string }[];
    expect(parsed.map((summary) => summary.report)).toEqual(['business-plan', 'policing-protocol']);
  });

  it('includes a fourth rating', async () => {
    const { stdout } = await run(['compare', '--quarter', '2023Q2', '--format', 'json', ...fourRatings]);
    expect(JSON.parse(stdout).current.counts).toEqual({ red: 1, amber: 1, green: 1, blue: 4 });
  });
});

describe('rag-report compare, mistakes', () => {
  it.each([
    ['a quarter that is not one', ['--quarter', '2023Q5']],
    ['a --with that is not a quarter', ['--quarter', '2023Q2', '--with', '23Q1']],
    ['an unknown format', ['--quarter', '2023Q2', '--format', 'xml']],
    ['a quarter no report has', ['--quarter', '2019Q1']],
    ['a report that is not there', ['--quarter', '2023Q2', '--report', 'nope']],
  ])('%s is a usage error (exit 2)', async (_, args) => {
    const { exitCode, stdout, stderr } = await run(['compare', ...args, ...sample], NO_COLOR);
    expect(exitCode).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).not.toBe('');
  });

  it('stops with exit 1 when the quarter compared with has errors, since its figures would be wrong', async () => {
    const { exitCode, stdout, stderr } = await run(['compare', '--quarter', '2023Q2', '--data', fixture('figures/broken-previous/data')], NO_COLOR);
    expect(exitCode).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('2023Q1/only.yaml:6:10');
    expect(stderr).toMatch(/unknown-rating .*"purple"/);
  });
});
