import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { summarise } from '../../src/figures/index.js';
import { loadData } from '../../src/load/index.js';
import { loadLocale } from '../../src/locale/index.js';
import { previousReportQuarter, reportQuarter } from '../../src/model/index.js';
import { reportTree } from '../../src/render/markdown/report-tree.js';
import { writeMarkdown } from '../../src/render/markdown/write-markdown.js';
import { actionName } from '../../src/render/view/action-name.js';
import { englishOnlySample } from '../helpers/english-only.js';

// A real quarter as staff write it: no `ref`, no action `title`, long action texts.
const LONG =
  'Continuation and future development of the School liaison programme: Support the continuation of the programme in schools across the force area, with the Police Schools Programme and partners, as part of wider prevention activity.';
const data = englishOnlySample((file, text) =>
  file.endsWith('2023Q2/17g.yaml')
    ? text.replace('en: Explore opportunities to reduce environmental impact', `en: "${LONG}"`).replace('en: Explore and maximise sponsorship initiative opportunities', 'en: Explore and maximise sponsorship initiative opportunities.')
    : text,
);
afterAll(() => rmSync(data, { recursive: true, force: true }));

function markdownOf(report: string): string {
  const loaded = loadData({ dataDir: data, report, quarter: '2023Q2' });
  const current = reportQuarter(loaded.reports[0]!, '2023Q2')!;
  const previous = previousReportQuarter(loaded.reports[0]!, current);
  const summary = summarise(current, previous);
  return writeMarkdown(reportTree({ current, previous, summary, locale: loadLocale('en'), draft: false, narrative: undefined, charts: [] }));
}

describe('a real quarter without ref fields', () => {
  const business = markdownOf('business-plan');
  const protocol = markdownOf('policing-protocol');

  it('heads each section, its contents entry and its attention line with the title alone, never the file name', () => {
    expect(business).toContain('\n## Victims are Supported\n');
    expect(business).toContain('- [Victims are Supported](#victims-are-supported)');
    expect(business).toContain('- Harm is Prevented – (1/15) 7% red');
    expect(business).not.toMatch(/priority-\d –|value-\d –/);
  });

  it('names a changed action by its text before the colon, with no full stop before the dash', () => {
    expect(protocol).toContain('\nContinuation and future development of the School liaison programme – this has changed from Amber to Green as ');
    expect(protocol).toContain('\nExplore and maximise sponsorship initiative opportunities – this has changed from Amber to Green');
    expect(protocol).not.toContain('. –');
    expect(protocol).not.toContain('Support the continuation of the programme in schools across the force area, with the Police Schools Programme and partners, as part of wider prevention activity. –');
  });

  it('says how each rating moved since the previous quarter, with no hand-written summary', () => {
    expect(protocol).toContain('Compared with the previous quarter, there is no change in the number scored as red, a decrease of 2 scored as amber and an increase of 2 scored as green.');
  });

  it("gives each section's share needing attention, as the published reports do", () => {
    expect(protocol).toContain('- Access to information, officers and staff – (1/1) 100% amber');
  });
});

describe('the name of an action in a sentence', () => {
  const text = (value: { en: string }) => value.en;
  it('is its title when it has one', () => {
    expect(actionName({ title: { en: 'Schools programme' }, action: { en: LONG } }, text)).toBe('Schools programme');
  });
  it('is the whole text when the part before a colon is long, or there is none', () => {
    const long = `${'A very long lead-in that goes on and on about the many things it covers, '.repeat(2)}: and the rest.`;
    expect(actionName({ action: { en: long } }, text)).toBe(long.replace(/\.$/, ''));
    expect(actionName({ action: { en: 'See https://example.org/a for more.' } }, text)).toBe('See https://example.org/a for more');
  });
});
