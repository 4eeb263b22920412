import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { SAMPLE_DATA } from '../helpers/sample.js';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function withLogo(logo: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'rag-logo-'));
  cpSync(SAMPLE_DATA, path.join(folder, 'data'), { recursive: true });
  writeFileSync(path.join(folder, 'data/business-plan/logo.png'), PNG);
  writeFileSync(path.join(folder, 'data/business-plan/not-an-image.png'), 'hello');
  const file = path.join(folder, 'data/business-plan/report.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^organisation:/m, `logo: ${logo}\norganisation:`));
  return folder;
}

const build = (cwd: string) => runCli(['build', '--quarter', '2023Q2', '--report', 'business-plan', '--lang', 'en', '--format', 'md,html,docx'], cwd);

describe('the title block', () => {
  it('reads organisation, report title and quarter line, in that order', async () => {
    const cwd = withLogo('logo.png');
    expect((await build(cwd)).exitCode).toBe(0);
    const markdown = readFileSync(path.join(cwd, 'dist/business-plan/2023Q2/business-plan-2023Q2.en.md'), 'utf8');
    expect(markdown).toMatch(
      /^!\[Logo of Police and Crime Commissioner for Dyfed-Powys\]\(business-plan-2023Q2\.logo\.png\)\n\n\*\*Police and Crime Commissioner for Dyfed-Powys\*\*\n\n# Business Plan\n\n\*\*Quarter 2 2023\/24 Summary Performance Report\*\*\n/,
    );
    expect(readFileSync(path.join(cwd, 'dist/business-plan/2023Q2/business-plan-2023Q2.logo.png')).equals(PNG)).toBe(true);
  });

  it('shows the logo in the docx, small and with alt text, and inside the page of the HTML', async () => {
    const cwd = withLogo('logo.png');
    await build(cwd);
    const folder = path.join(cwd, 'dist/business-plan/2023Q2');
    const html = readFileSync(path.join(folder, 'business-plan-2023Q2.en.html'), 'utf8');
    expect(html).toContain(`<img src="data:image/png;base64,${PNG.toString('base64')}" alt="Logo of Police and Crime Commissioner for Dyfed-Powys">`);
    const docx = await JSZip.loadAsync(readFileSync(path.join(folder, 'business-plan-2023Q2.en.docx')));
    const document = await docx.file('word/document.xml')!.async('string');
    expect(document.indexOf('descr="Logo of Police and Crime Commissioner for Dyfed-Powys"')).toBeGreaterThan(-1);
    expect(document.indexOf('descr="Logo of')).toBeLessThan(document.indexOf('Business Plan'));
  });

  it.each([
    ['../../outside.png', /outside the data folder|no file/],
    ['/etc/hostname', /not a path inside the data folder/],
    ['missing.png', /no file "missing.png"/],
    ['not-an-image.png', /not a PNG or JPEG image/],
  ])('refuses the logo %s with a problem at its line', async (logo, message) => {
    const cwd = withLogo(logo);
    const result = await runCli(['validate', '--report', 'business-plan'], cwd);
    expect(result.exitCode).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/data\/business-plan\/report\.yaml:3:7 {2}error {2}bad-logo {2}the logo cannot be used: /);
    expect(result.stdout + result.stderr).toMatch(message);
  });
});
