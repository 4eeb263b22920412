import { parseYamlFile, type YamlFileResult } from '../load/index.js';

/**
 * A parseYamlFile that remembers each file's last bytes and what they parsed
 * to: a save re-parses only the file saved, not the quarters of history the
 * trend chart reads. Keyed by the bytes themselves, not by time stamps, so a
 * file changed within the same millisecond is never missed.
 */
export function rememberedYaml(): (displayPath: string, bytes: Uint8Array) => YamlFileResult {
  const remembered = new Map<string, { readonly bytes: Buffer; readonly result: YamlFileResult }>();
  return (displayPath, bytes) => {
    const known = remembered.get(displayPath);
    if (known && known.bytes.equals(bytes)) return known.result;
    const result = parseYamlFile(displayPath, bytes);
    remembered.set(displayPath, { bytes: Buffer.from(bytes), result });
    return result;
  };
}
