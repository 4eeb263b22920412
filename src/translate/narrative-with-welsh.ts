import { isMap, parseDocument, stringify } from 'yaml';
import { editYamlInPlace } from './edit-yaml-in-place.js';

/**
 * The text of a summary.cy.md holding `welsh`, with `cy_source: <hash>` in
 * its front matter. The rest of an existing front matter stays as it was.
 * The hash is quoted: front matter is also read by gray-matter's YAML 1.1,
 * which takes a plain 01234567 for a number.
 */
export function narrativeWithWelsh(existing: string | undefined, welsh: string, hash: string): string {
  const eol = existing?.includes('\r\n') ? '\r\n' : '\n';
  const bom = existing?.startsWith('\uFEFF') ? '\uFEFF' : '';
  const parts = existing === undefined ? undefined : splitFrontMatter(existing.slice(bom.length));
  const body = `${welsh.trim()}\n`.replace(/\n/g, eol);
  const close = parts && !parts.close.endsWith('\n') ? `${parts.close}${eol}` : parts?.close;
  if (!parts || !isMap(parseDocument(parts.yaml).contents)) {
    const fresh = stringify({ cy_source: hash }, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).replace(/\n/g, eol);
    return `${bom}${parts?.open ?? `---${eol}`}${fresh}${close ?? `---${eol}`}${body}`;
  }
  const yaml = editYamlInPlace(parts.yaml, [{ path: [], entries: [{ key: 'cy_source', value: hash, quoted: true }] }]);
  return `${bom}${parts.open}${yaml}${close}${body}`;
}

/** A file's front matter, as gray-matter finds it: from a first line `---` to the next line `---`. */
export function splitFrontMatter(text: string): { open: string; yaml: string; close: string } | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^---[ \t]*(?:\r?\n|$)/m.exec(text.slice(open[0].length));
  if (!close) return undefined;
  const yamlEnd = open[0].length + close.index;
  return { open: open[0], yaml: text.slice(open[0].length, yamlEnd), close: text.slice(yamlEnd, yamlEnd + close[0].length) };
}
