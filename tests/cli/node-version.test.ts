import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/rag-report.js', import.meta.url));
const engines = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;

/** Runs bin/rag-report.js with Node.js pretending to be `version`. */
function runAs(version: string, args: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rag-report-node-'));
  try {
    const pretend = path.join(dir, 'pretend.cjs');
    writeFileSync(pretend, `Object.defineProperty(process.versions, 'node', { value: ${JSON.stringify(version)} });\n`);
    return spawnSync(process.execPath, ['--require', pretend, bin, ...args], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Node.js version check at start-up', () => {
  it('knows the minimum that package.json engines gives', () => {
    const [, major, minor] = /var MINIMUM = \[(\d+), (\d+)\];/.exec(readFileSync(bin, 'utf8')) ?? [];
    expect(`>=${major}.${minor}`).toBe(engines);
  });

  it('says clearly that an older Node.js is too old, and what to do: exit 2', () => {
    for (const version of ['18.20.4', '20.18.1', '16.0.0']) {
      const result = runAs(version, ['validate']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `error: rag-report needs Node.js 20.19 or later, and this is Node.js ${version}\n` +
          '  hint: install the current LTS version from https://nodejs.org/ (or with your version manager, e.g. `nvm install --lts`), then run rag-report again\n',
      );
    }
  });

  it('runs on the minimum and later', () => {
    for (const version of ['20.19.0', '22.1.0', '26.0.0']) {
      const result = runAs(version, ['--version']);
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('is written in JavaScript old enough for an old Node.js to read: no syntax newer than ES2017 outside the import', () => {
    const text = readFileSync(bin, 'utf8');
    for (const modern of [/\?\./, /\?\?/, /\bawait\b/, /\bconst\b/, /\blet\b/, /=>/, /^import\s/m, /\bclass\b/]) expect(text, String(modern)).not.toMatch(modern);
  });
});
