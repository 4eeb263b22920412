import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from './encode-png.js';

const require = createRequire(import.meta.url);

/** Arimo, Arial's metric twin under the OFL, from the npm package: the same glyphs on every machine. */
const FONT_FILES = ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf'];
let fontFiles: string[] | undefined;

/**
 * A chart's SVG drawn as a PNG `widthPx` wide, height in proportion. Text is
 * set in the bundled Arimo and system fonts are never loaded, so CI and a
 * laptop give the same bytes. resvg reads the font files; nothing else
 * touches the disk. The drawing and the PNG's compression (some 30 ms a
 * chart) run on libuv's thread pool, so the caller can go on building the
 * documents. The chart is drawn on white, as on the page: every pixel is
 * opaque, so resvg's premultiplied pixels are the PNG's straight ones.
 */
export async function svgToPng(svg: string, widthPx: number): Promise<Uint8Array> {
  if (!Number.isInteger(widthPx) || widthPx < 1) throw new RangeError(`svgToPng: widthPx ${widthPx} must be a whole number of pixels, at least 1.`);
  fontFiles ??= FONT_FILES.map((file) => require.resolve(`@expo-google-fonts/arimo/${file}`));
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo' },
    background: '#FFFFFF',
    logLevel: 'off',
  });
  return encodePng(image.pixels, image.width, image.height);
}
