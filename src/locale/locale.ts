import { parse } from 'yaml';
import type { Language } from '../schema/index.js';
import { loadTemplate, templatePath } from '../templates-path.js';

/** The fixed words of one language, from templates/locales/<language>.yaml. */
export interface Locale {
  readonly language: Language;
  readonly strings: Readonly<Record<string, string>>;
  readonly months: readonly string[];
  /** Welsh soft mutations of rating labels ("Coch" → "Goch"); empty for English. */
  readonly softMutations: Readonly<Record<string, string>>;
  /** The words of the charts (templates/locales `chart:`), checked where the charts are drawn. */
  readonly chart: Readonly<Record<string, unknown>>;
}

export function loadLocale(language: Language): Locale {
  return loadTemplate(templatePath('locales', `${language}.yaml`), (text) => readLocale(language, text));
}

function readLocale(language: Language, text: string): Locale {
  const raw = parse(text) as Record<string, unknown>;
  const { months, soft_mutations, chart, ...strings } = raw;
  const locale: Locale = {
    language,
    strings: strings as Record<string, string>,
    months: months as string[],
    softMutations: (soft_mutations ?? {}) as Record<string, string>,
    chart: (chart ?? {}) as Record<string, unknown>,
  };
  return locale;
}

/** The locale string `key` with its `{placeholders}` filled; a missing key or value is a fault of the tool. */
export function say(locale: Locale, key: string, values: Readonly<Record<string, string | number>> = {}): string {
  const template = locale.strings[key];
  if (template === undefined) throw new Error(`locale ${locale.language} has no "${key}"`);
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`locale ${locale.language} "${key}" needs a value for {${name}}`);
    return String(value);
  });
}
