import { createHash } from 'node:crypto';

/** A short hash of an English text, recorded beside its Welsh to detect a stale translation. */
export function sourceHash(english: string): string {
  return createHash('sha256').update(english.trim().replace(/\r\n/g, '\n')).digest('hex').slice(0, 8);
}
