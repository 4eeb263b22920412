import * as z from 'zod';

/**
 * A template of the locale file's `chart:` block: every placeholder it uses
 * must be one the chart fills in, and those in `required` must be kept so no
 * figure drops out of a translation.
 */
function template(allowed: readonly string[], required: readonly string[] = []) {
  return z.string().superRefine((text, context) => {
    const used = [...text.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]!);
    for (const name of used.filter((name) => !allowed.includes(name))) {
      context.addIssue({
        code: 'custom',
        message: `uses {${name}}, which the chart does not fill in; allowed: ${allowed.length > 0 ? allowed.map((key) => `{${key}}`).join(', ') : 'none'}`,
      });
    }
    for (const name of required.filter((name) => !used.includes(name))) {
      context.addIssue({ code: 'custom', message: `must keep {${name}}, or the chart loses a figure` });
    }
  });
}

/** The `chart:` block of templates/locales/<lang>.yaml: every word of the charts and their alt text. */
export const chartTemplatesSchema = z.strictObject({
  comparison_title: template(['previous', 'current'], ['previous', 'current']),
  title_one_quarter: template(['quarter'], ['quarter']),
  trend_title: template(['first', 'last', 'count'], ['first', 'last']),
  axis_count: template(['noun']),
  axis_percent: template(['noun']),
  bar_label: template(['count', 'percent'], ['count', 'percent']),
  percent: template(['percent'], ['percent']),
  comparison_alt: template(['previous', 'current', 'noun'], ['previous', 'current']),
  comparison_alt_one_quarter: template(['current', 'noun'], ['current']),
  trend_alt: template(['first', 'last', 'count', 'noun'], ['first', 'last']),
  trend_alt_one_quarter: template(['quarter', 'noun'], ['quarter']),
  alt_quarter: template(['quarter', 'rated', 'noun', 'ratings'], ['quarter', 'ratings']),
  alt_quarter_none_rated: template(['quarter', 'noun'], ['quarter']),
  alt_rating: template(['label', 'count', 'percent'], ['label', 'count', 'percent']),
  alt_separator: template([]),
});

export type ChartTemplates = z.infer<typeof chartTemplatesSchema>;

/** Every word a chart prints, in one language. */
export interface ChartText {
  /** The document's language tag, e.g. "cy-GB": the locale file's language_tag. */
  readonly language: string;
  /** What the rated items are called, plural, e.g. "action areas": report.yaml's item_noun. */
  readonly noun: string;
  /** The locale file's `chart:` block. */
  readonly templates: ChartTemplates;
}
