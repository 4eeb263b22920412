import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// `validate` is run on every save and in every CI step: it should load only the code that
// checks plain prose. The Markdown parser and the template engine (a third of its code once)
// are imported only when a text needs them. These are the bundle's files that `rag-report
// validate` loads before it reads anything: main.js, the validate command's chunk, and what
// they import statically (a dynamic import() is loaded only when it runs).
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

  it('loads neither the Markdown parser nor the template engine before a text needs them', () => {
    const command = readdirSync(path.join(build, 'chunks')).find((name) => /^validate-[A-Z0-9]+\.js$/.test(name));
    expect(command, 'the validate command has a chunk of its own').toBeDefined();
    const packages = bundledPackages(staticallyLoaded([path.join(build, 'main.js'), path.join(build, 'chunks', command!)]));
    expect(packages).toContain('yaml');
    expect([...packages].filter((name) => /^(?:handlebars|source-map|micromark.*|remark-.*|mdast-.*|unified)$/.test(name))).toEqual([]);
  });
});
