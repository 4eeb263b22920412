import { parseYamlFile } from './read-yaml-file.js';
import type { SourceFile } from './source-file.js';

/**
 * The SourceFile of a YAML file whose data came from the cache: it is parsed
 * only when a check asks where something is in it, which a valid file never does.
 */
export function lazySourceFile(shown: string, bytes: Uint8Array): SourceFile {
  let parsed: SourceFile | undefined;
  const source = () => (parsed ??= parseYamlFile(shown, bytes).source!);
  return {
    path: shown,
    get document() {
      return source().document;
    },
    get lineCounter() {
      return source().lineCounter;
    },
  };
}
