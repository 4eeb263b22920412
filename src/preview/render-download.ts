import { docxToPdf } from '../render/pdf/docx-to-pdf.js';
import type { Language } from '../schema/index.js';
import { renderQuarter, type RenderQuarterOptions } from './render-quarter.js';

export interface Download {
  readonly content?: Uint8Array;
  /** Why there is none: the problems, or the failure, of the quarter. */
  readonly render: Awaited<ReturnType<typeof renderQuarter>>;
}

/** The docx, or the PDF LibreOffice makes of it, of one language, built now from the data as it is. */
export async function renderDownload(options: Omit<RenderQuarterOptions, 'format'>, language: Language, format: 'docx' | 'pdf'): Promise<Download> {
  const render = await renderQuarter({ ...options, format: 'docx' }, [language]);
  const docx = render.files.get(language);
  if (!docx) return { render };
  const content = docx.content as Uint8Array;
  return { render, content: format === 'pdf' ? await docxToPdf(content, docx.name) : content };
}
