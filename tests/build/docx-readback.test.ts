import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SAMPLE_DATA, sampleQuarter } from '../helpers/sample.js';

// The sample docx read back by an independent reader (mammoth): what the Panel reads must hold
// every action, every update and the same figures as summary.json, in each language.
const ENGLISH_FIXED_STRINGS = [
  'Action Required', 'Progress Update', 'Quarter', 'Red', 'Amber', 'Green', 'Executive Summary', 'Introduction',
  'Contents', 'Summary', 'July', 'August', 'September', 'Page', 'Rating', 'Percentage', 'this has changed',
];

const words = (text: string) => text.replace(/[*_`\\[\]()#>|-]/g, ' ').split(/\s+/).filter((word) => word.length > 3);

describe.each(['policing-protocol', 'business-plan'])('the %s docx, read back', (report) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'rag-readback-'));
  const texts: Record<string, string> = {};
  let summary: { current: { counts: Record<string, number>; percent: Record<string, number>; rated: number } };

  beforeAll(async () => {
    cpSync(SAMPLE_DATA, path.join(folder, 'data'), { recursive: true });
    const result = await runCli(['build', '--quarter', '2023Q2', '--report', report, '--format', 'docx,json'], folder);
    expect(result.exitCode, result.stderr).toBe(0);
    const out = path.join(folder, 'dist', report, '2023Q2');
    for (const language of ['en', 'cy']) {
      texts[language] = (await mammoth.extractRawText({ buffer: readFileSync(path.join(out, `${report}-2023Q2.${language}.docx`)) })).value;
    }
    summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'));
  });

  it.each(['en', 'cy'] as const)('in %s holds the words of every action and update', (language) => {
    const { current } = sampleQuarter(report);
    const docWords = new Set(words(texts[language]!));
    for (const action of current.sections.flatMap((section) => section.actions)) {
      for (const field of [action.action, action.update]) {
        const missing = words(field[language]!).filter((word) => !docWords.has(word));
        expect(missing, `${action.id}: ${missing.join(', ')}`).toEqual([]);
      }
    }
  });

  it.each(['en', 'cy'] as const)('in %s gives the figures of summary.json', (language) => {
    const text = texts[language]!;
    expect(text).toContain(language === 'en' ? `Of the ${summary.current.rated} ` : `O'r ${summary.current.rated} `);
    for (const key of Object.keys(summary.current.counts)) {
      expect(text).toContain(`\n${summary.current.counts[key]}\n\n${summary.current.percent[key]}%\n`);
    }
  });

  it('in Welsh has none of the English fixed strings', () => {
    for (const english of ENGLISH_FIXED_STRINGS) expect(texts.cy, english).not.toMatch(new RegExp(`\\b${english}\\b`));
  });
});
