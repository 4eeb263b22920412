import type { CacheStore } from './cache-store.js';
import { contentKey } from './content-key.js';

/** svgToPng, but a chart drawn before (the same SVG, width and tool) is read back instead of drawn again. */
export function cachedSvgToPng(store: CacheStore, tool: string): (svg: string, widthPx: number) => Promise<Uint8Array> {
  return async (svg, widthPx) => {
    const key = contentKey([tool, 'png', String(widthPx), svg]);
    const kept = store.read('png', key);
    if (kept) return kept;
    // Loaded only when a chart is drawn: resvg is a native module.
    const { svgToPng } = await import('../render/chart/svg-to-png.js');
    const png = await svgToPng(svg, widthPx);
    store.write('png', key, png);
    return png;
  };
}
