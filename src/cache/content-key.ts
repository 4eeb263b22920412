import { createHash } from 'node:crypto';

/**
 * A SHA-256 of `parts`, each prefixed by its length, so that no two
 * different lists of parts give the same key ("ab" + "c" is not "a" + "bc").
 */
export function contentKey(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
