import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// `validate` is run on every save and in every CI step. Run again on files it has checked
// before, it reads its result from the cache: it should not load the YAML parser and the
// schemas (half of its code once), which it needs only when a file has changed, nor the
// Markdown parser and the template engine, which it needs only when a text does. These are
// the bundle's files that `rag-report validate` loads before it reads anything: main.js, the
// validate command's chunk, and what they import statically (an import() loads when it runs).
const build = fileURLToPath(new URL('../../build/', import.meta.url));

function staticallyLoaded(entries: readonly string[]): Set<string> {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;'"`]*?["'](\.[^"']+)["']/gm)) visit(path.resolve(path.dirname(file), match[1]!));
  };
  for (const entry of entries) visit(entry);
  return loaded;
}

/** The packages bundled into `files`, by the `// node_modules/<name>/` comments esbuild writes before each module. */
function bundledPackages(files: Iterable<string>): Set<string> {
  const packages = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) packages.add(match[1]!);
  }
  return packages;
}

describe('validate', () => {
  beforeAll(() => {
    if (!existsSync(path.join(build, 'main.js'))) throw new Error('build/ is missing: run `npm run build` first (npm test does)');
  });

  it('loads no parser, no schema library and no template engine before it knows it needs them', () => {
    const command = readdirSync(path.join(build, 'chunks')).find((name) => /^validate-[A-Z0-9]+\.js$/.test(name));
    expect(command, 'the validate command has a chunk of its own').toBeDefined();
    const packages = bundledPackages(staticallyLoaded([path.join(build, 'main.js'), path.join(build, 'chunks', command!)]));
    expect(packages).toContain('commander');
    expect([...packages].filter((name) => /^(?:yaml|zod|handlebars|source-map|micromark.*|remark-.*|mdast-.*|unified)$/.test(name))).toEqual([]);
  });
});
