/** What a request to the preview asks for; anything else is a 404. */
export type PreviewRoute =
  | { readonly kind: 'index' }
  | { readonly kind: 'events'; readonly report: string; readonly quarter: string; readonly languages: readonly string[] }
  | { readonly kind: 'viewer'; readonly report: string; readonly quarter: string; readonly view: string | undefined }
  | { readonly kind: 'file'; readonly report: string; readonly quarter: string; readonly name: string };

// Report folders, quarters and file names: letters, digits, dot, dash and underscore, never a dot first.
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The route of a request's raw URL, or undefined. The raw URL is checked
 * before any decoding: a dot segment or an encoded slash, dot or backslash
 * (`/../`, `%2e%2e`, `%2f`, `%5c`) is refused outright, so that no later
 * decoding can turn a request into a path outside what the preview rendered.
 */
export function requestRoute(rawUrl: string): PreviewRoute | undefined {
  if (/%(2e|2f|5c|00)|\\/i.test(rawUrl)) return undefined;
  const url = new URL(rawUrl, 'http://preview.invalid');
  const segments = rawUrl.split('?')[0]!.split('/').slice(1);
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.some((part) => !NAME.test(part))) return undefined;
  if (parts.length === 0) return { kind: 'index' };
  if (parts.length === 1 && parts[0] === 'events') {
    const report = url.searchParams.get('report') ?? '';
    const quarter = url.searchParams.get('quarter') ?? '';
    // The languages the page shows: those are rendered first, and served before the next is rendered.
    const languages = (url.searchParams.get('languages') ?? '').split(',').filter((language) => NAME.test(language));
    return NAME.test(report) && NAME.test(quarter) ? { kind: 'events', report, quarter, languages } : undefined;
  }
  const [report, quarter, name] = parts as [string, string, string | undefined];
  if (parts.length === 2) return { kind: 'viewer', report, quarter, view: url.searchParams.get('view') ?? undefined };
  if (parts.length === 3 && name) return { kind: 'file', report, quarter, name };
  return undefined;
}
