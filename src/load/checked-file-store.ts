/**
 * Where the loader keeps what it made of a file (its data and problems), by
 * the file's kind, its path as shown and its bytes; src/cache provides one.
 */
export interface CheckedFileStore {
  get(kind: string, shown: string, bytes: Uint8Array): Uint8Array | undefined;
  set(kind: string, shown: string, bytes: Uint8Array, payload: Uint8Array): void;
}
