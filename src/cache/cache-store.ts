import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Bumped when the layout of an entry changes: older entries are then simply not found. */
const LAYOUT = 'v1';
const CHECKSUM_BYTES = 32;

/**
 * A folder of entries named by their content key. An entry is its payload's
 * SHA-256 followed by the payload, written to a temporary file and renamed into
 * place, so a reader sees a whole entry or none. An entry that cannot be read
 * or whose checksum does not match (a crash, a full disk, a hand edit) is a
 * miss and is removed; a failure to write is ignored: the cache only ever
 * saves work, it never stops a build. Deleting the folder is always safe.
 */
export interface CacheStore {
  read(kind: string, key: string): Uint8Array | undefined;
  write(kind: string, key: string, payload: Uint8Array): void;
}

export function openCacheStore(dir: string): CacheStore {
  const entryPath = (kind: string, key: string) => path.join(dir, LAYOUT, kind, key.slice(0, 2), key);
  return {
    read(kind, key) {
      const file = entryPath(kind, key);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        return undefined;
      }
      const payload = bytes.subarray(CHECKSUM_BYTES);
      if (bytes.byteLength < CHECKSUM_BYTES || !checksum(payload).equals(bytes.subarray(0, CHECKSUM_BYTES))) {
        removeQuietly(file);
        return undefined;
      }
      return payload;
    },
    write(kind, key, payload) {
      const file = entryPath(kind, key);
      const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temporary, Buffer.concat([checksum(payload), payload]), { flag: 'wx' });
        renameSync(temporary, file);
      } catch {
        removeQuietly(temporary);
      }
    },
  };
}

function checksum(payload: Uint8Array): Buffer {
  return createHash('sha256').update(payload).digest();
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // A read-only cache folder: the entry stays a miss.
  }
}
