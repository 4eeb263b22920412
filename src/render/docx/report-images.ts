import { imagePlugin } from 'remark-docx/plugins/image';
import type { ReportDocxPlugin } from './report-context.js';

/** Returns the bytes (PNG, JPEG, GIF or BMP) of an image the Markdown refers to by `url`. */
export type ImageLoader = (url: string) => Uint8Array | Promise<Uint8Array>;

/**
 * remark-docx's image plugin fed by the report's own loader. The plugin only
 * warns when an image fails to load; a report must not lose a chart quietly,
 * so failures are kept and `check` throws them once the document is built.
 */
export function reportImages(load: ImageLoader) {
  const failures: string[] = [];
  const plugin = imagePlugin({
    load: async (url: string) => {
      try {
        const bytes = await load(url);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      } catch (error) {
        failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    },
  }) as ReportDocxPlugin;
  const check = () => {
    if (failures.length) throw new Error(`renderDocx: could not load ${failures.length === 1 ? 'an image' : 'images'}:\n  ${failures.join('\n  ')}`);
  };
  return { plugin, check };
}
