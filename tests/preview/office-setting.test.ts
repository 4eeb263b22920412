import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startPreview, type RunningPreview } from '../../src/preview/start-preview.js';
import { temporaryFolder } from '../helpers/temporary-folder.js';
import { copySampleData } from './preview-data.js';

let preview: RunningPreview | undefined;
let data: { root: string; dataDir: string } | undefined;
afterEach(async () => {
  await preview?.close();
  if (data) rmSync(data.root, { recursive: true, force: true });
  preview = data = undefined;
});

/** A stand-in for soffice: writes a small PDF, saying who made it, where LibreOffice would. */
function fakeOffice(name: string): string {
  const file = path.join(temporaryFolder(), name);
  writeFileSync(
    file,
    `#!/bin/sh\nwhile [ "$1" != "--outdir" ]; do shift; done\nout="$2"; input="$3"\nbase=$(basename "$input" .docx)\nprintf '%%PDF-1.7\\n%% made by ${name}\\n' > "$out/$base.pdf"\n`,
  );
  chmodSync(file, 0o755);
  return file;
}

test("the PDF download uses rag-report.yaml's office, and --office before it", async () => {
  data = copySampleData();
  const fromConfig = fakeOffice('office-from-config');
  preview = await startPreview({ dataDir: data.dataDir, cwd: data.root, env: { PATH: '' }, host: '127.0.0.1', port: 0, log: () => undefined, office: { config: fromConfig } });
  const pdf = await fetch(new URL('/business-plan/2023Q2/business-plan-2023Q2.en.pdf', preview.url));
  expect(pdf.status).toBe(200);
  expect(await pdf.text()).toContain('made by office-from-config');
  await preview.close();

  const fromOption = fakeOffice('office-from-option');
  preview = await startPreview({ dataDir: data.dataDir, cwd: data.root, env: { PATH: '' }, host: '127.0.0.1', port: 0, log: () => undefined, office: { option: fromOption, config: fromConfig } });
  expect(await (await fetch(new URL('/business-plan/2023Q2/business-plan-2023Q2.en.pdf', preview.url))).text()).toContain('made by office-from-option');
}, 60_000);
