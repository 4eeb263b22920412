import type { Narrative } from '../load/index.js';
import { sourceHash } from './source-hash.js';

/** `stale`: the Welsh was translated from an English text that has since changed. */
export type WelshStatus = 'missing' | 'stale' | 'current';

/** The same rule as validate's missing-welsh and stale-welsh warnings. */
export function welshStatus(text: { readonly en: string; readonly cy?: unknown; readonly cy_source?: unknown }): WelshStatus {
  if (typeof text.cy !== 'string' || !text.cy.trim()) return 'missing';
  return isStale(text.cy_source, text.en) ? 'stale' : 'current';
}

/**
 * A narrative's Welsh file records the hash of the English it was translated
 * from in its front matter (`cy_source:`); one without it is taken as current.
 */
export function narrativeStatus(english: Narrative, welsh: Narrative | undefined): WelshStatus {
  if (!welsh?.markdown.trim()) return 'missing';
  return isStale(welsh.frontMatter.cy_source, english.markdown) ? 'stale' : 'current';
}

function isStale(recorded: unknown, english: string): boolean {
  return recorded !== undefined && recorded !== null && String(recorded) !== sourceHash(english);
}
