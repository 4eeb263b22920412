import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import Handlebars from 'handlebars';
import { packageFile } from '../package-root.js';

interface Precompiled {
  readonly sha256: string;
  readonly options: CompileOptions;
  readonly spec: TemplateSpecification;
}

let precompiled: Readonly<Record<string, Precompiled>> | undefined;

/**
 * The template templates/<file>, whose text is `source`, compiled strictly (a field the view lacks is
 * an error, never a blank). The bundle holds it compiled already
 * (scripts/precompile-templates.js); that is used when it was made from these
 * very bytes with these options, and otherwise (run from source, or a template
 * edited since) it is compiled here.
 */
export function compileTemplate(file: string, source: string): HandlebarsTemplateDelegate {
  const options: CompileOptions = { strict: true };
  const ready = precompiledTemplates()[file];
  if (ready && ready.sha256 === createHash('sha256').update(source).digest('hex') && JSON.stringify(ready.options) === JSON.stringify(options)) {
    return Handlebars.create().template(ready.spec);
  }
  return Handlebars.create().compile(source, options);
}

function precompiledTemplates(): Readonly<Record<string, Precompiled>> {
  if (!precompiled) {
    try {
      precompiled = createRequire(import.meta.url)(packageFile('build', 'precompiled-templates.cjs')) as Record<string, Precompiled>;
    } catch {
      precompiled = {};
    }
  }
  return precompiled;
}
