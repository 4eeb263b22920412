import { deserialize, serialize } from 'node:v8';
import type { Problem } from '../problems/index.js';
import { buildInputs } from './build-inputs.js';
import { cacheDir } from './cache-dir.js';
import { openCacheStore } from './cache-store.js';
import { contentKey } from './content-key.js';
import { toolIdentity } from './tool-identity.js';

/** What one run of validate found. */
export interface ValidateResult {
  readonly problems: readonly Problem[];
  /** How many reports and quarters were checked, for the verdict. */
  readonly reports: number;
  readonly quarters: number;
}

export interface ValidateResultsRequest {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Absolute. */
  readonly dataDir: string;
  readonly report?: string | undefined;
  readonly quarter?: string | undefined;
  readonly languages?: readonly string[] | undefined;
}

/** The cache entry of a validate run: read it, or keep what a run found. */
export interface ValidateResults {
  get(): ValidateResult | undefined;
  set(result: ValidateResult): void;
}

/**
 * Where validate keeps what it found, under the key of every file it reads
 * (as build keeps its problems: see buildInputs), the options that change
 * what it reports, the working folder its paths are shown from, and the tool.
 * A run with nothing changed is then a listing of the folders and a hash of
 * the files: nothing parsed, and the parser not even loaded. Undefined when
 * there is no cache folder or the data folder cannot be listed.
 */
export function openValidateResults(request: ValidateResultsRequest): ValidateResults | undefined {
  const dir = cacheDir(request.cwd, request.env);
  if (dir === undefined) return undefined;
  const inputs = buildInputs({ dataDir: request.dataDir, report: request.report, quarter: request.quarter, trendQuarters: 0 });
  if (!inputs) return undefined;
  const options = JSON.stringify({ cwd: request.cwd, quarter: request.quarter, languages: request.languages });
  const key = contentKey([toolIdentity(), 'validate', options, inputs.key]);
  const store = openCacheStore(dir);
  return {
    get() {
      const payload = store.read('validate', key);
      if (!payload) return undefined;
      try {
        return deserialize(payload) as ValidateResult;
      } catch {
        return undefined;
      }
    },
    set: (result) => store.write('validate', key, serialize(result)),
  };
}
