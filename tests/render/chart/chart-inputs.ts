import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { tally } from '../../../src/figures/index.js';
import { chartTemplatesSchema, type ChartQuarter, type ChartRating, type ChartText } from '../../../src/render/chart/index.js';

const LOCALES = fileURLToPath(new URL('../../../templates/locales/', import.meta.url));

/** The chart: block of a real locale file, validated as the build would. */
export function localeChartBlock(language: 'en' | 'cy'): unknown {
  return (parse(readFileSync(`${LOCALES}${language}.yaml`, 'utf8')) as { chart?: unknown }).chart;
}

export function chartText(language: 'en' | 'cy', noun = language === 'en' ? 'action areas' : 'meysydd gweithredu'): ChartText {
  return { language: language === 'en' ? 'en-GB' : 'cy-GB', noun, templates: chartTemplatesSchema.parse(localeChartBlock(language)) };
}

export const RAG: Record<'en' | 'cy', ChartRating[]> = {
  en: [
    { key: 'red', label: 'Red', colour: '#FF0000' },
    { key: 'amber', label: 'Amber', colour: '#FFC000' },
    { key: 'green', label: 'Green', colour: '#00B050' },
  ],
  cy: [
    { key: 'red', label: 'Coch', colour: '#FF0000' },
    { key: 'amber', label: 'Ambr', colour: '#FFC000' },
    { key: 'green', label: 'Gwyrdd', colour: '#00B050' },
  ],
};

/** A quarter whose tally has these counts (in scale order) and `notApplicable` n/a actions. */
export function quarter(label: string, counts: Record<string, number>, notApplicable = 0): ChartQuarter {
  const ratings = Object.entries(counts).flatMap(([key, count]) => new Array<string>(count).fill(key));
  return { label, tally: tally([...ratings, ...new Array<string>(notApplicable).fill('n/a')], Object.keys(counts)) };
}

/** The contract's sample: 0/17/33 in the previous quarter, 0/15/35 in this one. */
export const SAMPLE = {
  en: { previous: quarter('Q1 2023/24', { red: 0, amber: 17, green: 33 }, 4), current: quarter('Q2 2023/24', { red: 0, amber: 15, green: 35 }, 4) },
  cy: { previous: quarter('Ch1 2023/24', { red: 0, amber: 17, green: 33 }, 4), current: quarter('Ch2 2023/24', { red: 0, amber: 15, green: 35 }, 4) },
};
