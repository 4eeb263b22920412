import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { affectedPages } from '../../src/preview/affected-pages.js';

const data = path.resolve('/reports/data');
const pages = [
  { report: 'policing-protocol', quarter: '2023Q1' },
  { report: 'policing-protocol', quarter: '2023Q2' },
  { report: 'business-plan', quarter: '2023Q2' },
];

describe('affectedPages', () => {
  test('a section file touches its quarter and the later ones, which compare with it', () => {
    expect(affectedPages(data, path.join(data, 'policing-protocol/2023Q1/17a.yaml'), pages)).toEqual(pages.slice(0, 2));
    expect(affectedPages(data, path.join(data, 'policing-protocol/2023Q2/summary.cy.md'), pages)).toEqual([pages[1]]);
  });

  test('report.yaml touches every quarter of its report, and no other report', () => {
    expect(affectedPages(data, path.join(data, 'business-plan/report.yaml'), pages)).toEqual([pages[2]]);
  });

  test('a template or the config file touches every page', () => {
    expect(affectedPages(data, '/usr/lib/node_modules/rag-report/templates/locales/cy.yaml', pages)).toEqual(pages);
    expect(affectedPages(data, '/reports/rag-report.yaml', pages)).toEqual(pages);
  });
});
