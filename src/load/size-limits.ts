/**
 * The largest data file read, in bytes: a quarter's section file is a few
 * kilobytes. A larger one is a problem of the file, found before it is read
 * (a 100 MB text ran V8 out of memory).
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/**
 * The length of every text in a parsed value, with each alias counted as
 * often as it is used, as the documents would repeat it; stops counting
 * once past `limit`. A 320 KB text aliased 999 times is 320 MB of output.
 */
export function expandedLength(value: unknown, limit: number): number {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0 && total <= limit) {
    const item = pending.pop();
    if (typeof item === 'string') total += item.length;
    else if (Array.isArray(item)) for (const child of item) pending.push(child);
    else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        total += key.length;
        pending.push(child);
      }
    }
  }
  return total;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
