import { UsageError } from '../errors.js';

/** Splits "docx,html" and checks every item is allowed; the error names the option and the allowed values. */
export function parseList<T extends string>(option: string, value: string, allowed: readonly T[]): T[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) throw new UsageError(`${option} needs at least one of: ${allowed.join(', ')}`);
  for (const item of items) checkChoice(option, item, allowed);
  return [...new Set(items)] as T[];
}

export function checkChoice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${option} "${value}" is not one of: ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A report name is a folder name: no path separators, no "..". */
export function checkReportName(name: string | undefined): string | undefined {
  if (name !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UsageError(`--report "${name}" is not a report name`, 'give the name of a folder under the data folder, e.g. policing-protocol');
  }
  return name;
}
