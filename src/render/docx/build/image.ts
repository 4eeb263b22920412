import { ImageRun } from 'docx';
import type { Image } from 'mdast';
import type { ReportContext } from '../report-context.js';

/** Word's pixels per inch, and twips per inch: image sizes are in pixels, widths in twips. */
const PIXELS_PER_INCH = 96;
const TWIPS_PER_INCH = 1440;

/**
 * Images as remark-docx draws them (loaded by its image plugin, scaled down
 * to the text width), but each with its own drawing id and name: docx gives
 * every picture `wp:docPr id="1"`, and duplicate ids are a known cause of
 * Word's "unreadable content". Numbered in document order from 1, across
 * the parts of a large report, since one builder serves them all.
 */
export function imageBuilder(maxHeight: (url: string) => number | undefined = () => undefined) {
  let drawings = 0;
  return (node: Image, ctx: ReportContext): ImageRun | null => {
    const image = ctx.images.get(node.url);
    if (!image || image.type === 'svg') return null; // charts reach the docx as PNG; anything else is left to remark-docx
    const widest = (ctx.width / TWIPS_PER_INCH) * PIXELS_PER_INCH;
    const highest = ((maxHeight(node.url) ?? Number.POSITIVE_INFINITY) / TWIPS_PER_INCH) * PIXELS_PER_INCH;
    const scale = Math.min(1, widest / image.width, highest / image.height);
    drawings += 1;
    return new ImageRun({
      type: image.type,
      data: image.data,
      transformation: { width: image.width * scale, height: image.height * scale },
      altText: { id: String(drawings), name: `Picture ${drawings}`, description: node.alt ?? '', title: node.title ?? undefined },
    });
  };
}
