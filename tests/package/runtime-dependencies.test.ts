import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The bundle carries every library but the few it loads at run time: those are the package's
 * only "dependencies", so that installing rag-report brings a handful of packages, not the
 * hundreds (and 350 MB) its libraries pull in. A library the bundle loads that is not a
 * dependency would fail on a user's machine and pass here, where the dev dependencies are
 * installed: this test, and .ci/tarball-test for real, stop that.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  files: string[];
};

function javascriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? javascriptFiles(path.join(dir, entry.name)) : entry.name.endsWith('.js') ? [path.join(dir, entry.name)] : [],
  );
}

/** The packages the bundle imports or requires, by name, Node's own left out. */
function loadedPackages(): Set<string> {
  const loaded = new Set<string>();
  // An import or export statement (at a line's start, as esbuild writes them; never in a comment), import("x"), require("x") and require.resolve(`x/...`).
  const pattern = /^(?:import|export)\b[^;'"`]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["'`]([^"'`$]+)|\brequire\d*(?:\.resolve)?\s*\(\s*["'`]([^"'`$]+)/gm;
  for (const file of javascriptFiles(path.join(root, 'build'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const specifier = (match[1] ?? match[2] ?? match[3])!;
      if (specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      if (!builtinModules.includes(name)) loaded.add(name);
    }
  }
  return loaded;
}

describe('the package', () => {
  beforeAll(() => {
    if (!existsSync(path.join(root, 'build/main.js'))) throw new Error('build/ is missing: run `npm run build` first (npm test does)');
  });

  it('depends on exactly the packages its bundle loads at run time', () => {
    expect([...loadedPackages()].sort()).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('ships the bundle, the command and the templates, and nothing else', () => {
    expect(manifest.files).toEqual(['bin/rag-report.js', 'build/', 'templates/']);
  });
});
