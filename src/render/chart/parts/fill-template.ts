/**
 * Fills `{name}` placeholders from `values`. A placeholder without a value is
 * a bug in the caller, so it throws rather than printing "{name}" in a report.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The text "${template}" uses {${name}}, which is not one of ${Object.keys(values).map((key) => `{${key}}`).join(', ')}.`);
    return String(value);
  });
}
