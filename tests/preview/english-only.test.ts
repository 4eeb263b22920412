import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/preview/start-preview.js';
import { copySampleData } from './preview-data.js';

let data: { root: string; dataDir: string };
let preview: RunningPreview;

beforeAll(async () => {
  data = copySampleData();
  const reportFile = path.join(data.dataDir, 'business-plan', 'report.yaml');
  writeFileSync(reportFile, `languages: [en]\n${readFileSync(reportFile, 'utf8')}`);
  preview = await startPreview({ dataDir: data.dataDir, cwd: data.root, env: {}, host: '127.0.0.1', port: 0, log: () => undefined });
});

afterAll(async () => {
  await preview?.close();
  rmSync(data.root, { recursive: true, force: true });
});

test('a report published in English only is shown in English only, and its Welsh is not served', async () => {
  const viewer = await (await fetch(new URL('/business-plan/2023Q2/?view=cy', preview.url))).text();
  expect(viewer).toContain('lang="en" src="/business-plan/2023Q2/business-plan-2023Q2.en.html');
  expect(viewer).not.toContain('business-plan-2023Q2.cy.');
  expect(viewer).not.toContain('Side by side');
  expect((await fetch(new URL('/business-plan/2023Q2/business-plan-2023Q2.en.html', preview.url))).status).toBe(200);
  expect((await fetch(new URL('/business-plan/2023Q2/business-plan-2023Q2.cy.html', preview.url))).status).toBe(404);
}, 60_000);
