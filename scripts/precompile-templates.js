// Run by `npm run bundle`: compiles every Handlebars template the documents are made from
// (templates/**/*.hbs but init/, which `init` copies as they are) into
// build/precompiled-templates.cjs, so that a build runs them without compiling them first
// (report.md.hbs alone takes some 60 ms of CPU to compile). Each is stored with the SHA-256 of
// its source and the options it was compiled with; compileTemplate uses it only when both match.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

const root = fileURLToPath(new URL('../', import.meta.url));
const templates = path.join(root, 'templates');
/** The options every template of the documents is compiled with (see src/templates/compile-template.ts). */
const OPTIONS = { strict: true };

const entries = readdirSync(templates, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.hbs') && file.split(path.sep)[0] !== 'init')
  .sort()
  .map((file) => {
    const source = readFileSync(path.join(templates, file), 'utf8');
    const sha256 = createHash('sha256').update(source).digest('hex');
    const name = file.split(path.sep).join('/');
    return `  ${JSON.stringify(name)}: { sha256: ${JSON.stringify(sha256)}, options: ${JSON.stringify(OPTIONS)}, spec: ${Handlebars.precompile(source, OPTIONS)} },`;
  });
writeFileSync(path.join(root, 'build', 'precompiled-templates.cjs'), `// Made by scripts/precompile-templates.js: do not edit.\nmodule.exports = {\n${entries.join('\n')}\n};\n`);
