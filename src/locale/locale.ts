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
  /**
   * Phrases with a number in them, by plural category of Intl.PluralRules
   * (`counted:` in the locale file): "1 yn amherthnasol (heb ei gyfrif)".
   */
  readonly counted: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The words of the charts (templates/locales `chart:`), checked where the charts are drawn. */
  readonly chart: Readonly<Record<string, unknown>>;
}

export function loadLocale(language: Language): Locale {
  return loadTemplate(templatePath('locales', `${language}.yaml`), (text) => readLocale(language, text));
}

function readLocale(language: Language, text: string): Locale {
  const raw = parse(text) as Record<string, unknown>;
  const { months, soft_mutations, counted, chart, ...strings } = raw;
  const locale: Locale = {
    language,
    strings: strings as Record<string, string>,
    months: months as string[],
    softMutations: (soft_mutations ?? {}) as Record<string, string>,
    counted: (counted ?? {}) as Record<string, Record<string, string>>,
    chart: (chart ?? {}) as Record<string, unknown>,
  };
  return locale;
}

/** The locale string `key` with its `{placeholders}` filled; a missing key or value is a fault of the tool. */
export function say(locale: Locale, key: string, values: Readonly<Record<string, string | number>> = {}): string {
  const template = locale.strings[key];
  if (template === undefined) throw new Error(`locale ${locale.language} has no "${key}"`);
  return fill(locale, key, template, values);
}

function fill(locale: Locale, key: string, template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`locale ${locale.language} "${key}" needs a value for {${name}}`);
    return String(value);
  });
}

/**
 * The counted phrase `key` for `count`: its form for exactly 0 when the
 * locale gives a `zero` form, else the form of the number's plural category
 * (CLDR, as Intl.PluralRules sorts it), else `other`. `{count}` is filled in.
 */
export function sayCounted(locale: Locale, key: string, count: number, values: Readonly<Record<string, string | number>> = {}): string {
  const forms = locale.counted[key];
  if (forms === undefined) throw new Error(`locale ${locale.language} has no counted "${key}"`);
  const template = pickForm(forms, count, locale.strings.language_tag ?? locale.language);
  if (template === undefined) throw new Error(`locale ${locale.language} counted "${key}" has no "other" form`);
  return fill(locale, key, template, { ...values, count });
}

/** The form of `forms` for `count` in the language `tag`: zero for 0 when given, else its plural category, else other. */
export function pickForm<T>(forms: Readonly<Partial<Record<string, T>>>, count: number, tag: string): T | undefined {
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  return forms[pluralRules(tag).select(count)] ?? forms.other;
}

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(tag: string): Intl.PluralRules {
  let rule = rules.get(tag);
  if (!rule) rules.set(tag, (rule = new Intl.PluralRules(tag)));
  return rule;
}
