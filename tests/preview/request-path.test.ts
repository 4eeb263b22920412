import { describe, expect, test } from 'vitest';
import { requestRoute } from '../../src/preview/request-path.js';

describe('requestRoute', () => {
  test.each([
    '/../package.json',
    '/policing-protocol/../../package.json',
    '/policing-protocol/2023Q2/../../../etc/passwd',
    '/%2e%2e/package.json',
    '/%2E%2E/%2e%2e/package.json',
    '/.%2e/package.json',
    '/policing-protocol/2023Q2/..%2f..%2fpackage.json',
    '/policing-protocol/2023Q2/..%5c..%5cpackage.json',
    '/policing-protocol%2f2023Q2%2f17a.yaml',
    '/policing-protocol/2023Q2/17a.yaml%00.html',
    '/..\\package.json',
    '/./policing-protocol/2023Q2/',
    '/policing-protocol/2023Q2/x/y',
    '/.schema/section.schema.json',
    '/events?report=..&quarter=2023Q2',
  ])('refuses %s', (url) => {
    expect(requestRoute(url)).toBeUndefined();
  });

  test('knows the pages it serves', () => {
    expect(requestRoute('/')).toEqual({ kind: 'index' });
    expect(requestRoute('/policing-protocol/2023Q2/?view=both')).toEqual({ kind: 'viewer', report: 'policing-protocol', quarter: '2023Q2', view: 'both' });
    expect(requestRoute('/policing-protocol/2023Q2/policing-protocol-2023Q2.cy.html?v=3')).toEqual({
      kind: 'file',
      report: 'policing-protocol',
      quarter: '2023Q2',
      name: 'policing-protocol-2023Q2.cy.html',
    });
    expect(requestRoute('/events?report=business-plan&quarter=2023Q2&languages=en,cy')).toEqual({ kind: 'events', report: 'business-plan', quarter: '2023Q2', languages: ['en', 'cy'] });
  });
});
