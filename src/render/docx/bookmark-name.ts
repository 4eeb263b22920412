import { createHash } from 'node:crypto';

const MAX_SLUG = 26;

/**
 * A Word bookmark name for a heading id. Word wants at most 40 characters,
 * a leading letter and only letters, digits and underscores; a readable
 * prefix of the id helps anyone editing the docx, and a hash of the whole id
 * keeps names apart when prefixes agree.
 */
export function bookmarkName(headingId: string, attempt = 0): string {
  const slug = headingId
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // ŵ → w: bookmark names stay ASCII
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/_+$/, '');
  const hash = createHash('sha1').update(`${attempt}:${headingId}`).digest('hex').slice(0, 8);
  return `h_${slug ? `${slug}_` : ''}${hash}`;
}
