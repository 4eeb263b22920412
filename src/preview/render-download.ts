import { docxToPdf } from '../render/pdf/docx-to-pdf.js';
import { findOffice, requireOffice } from '../render/pdf/find-office.js';

/** Where LibreOffice was named: --office, rag-report.yaml's office (as findOffice takes them). */
export interface OfficeSetting {
  readonly option?: string;
  readonly config?: string;
}
import type { Language } from '../schema/index.js';
import { renderQuarter, type RenderQuarterOptions } from './render-quarter.js';

export interface Download {
  readonly content?: Uint8Array;
  /** Why there is none: the problems, or the failure, of the quarter. */
  readonly render: Awaited<ReturnType<typeof renderQuarter>>;
}

/** The docx, or the PDF LibreOffice makes of it, of one language, built now from the data as it is. */
export async function renderDownload(
  options: Omit<RenderQuarterOptions, 'format'>,
  language: Language,
  format: 'docx' | 'pdf',
  office: OfficeSetting = {},
): Promise<Download> {
  const render = await renderQuarter({ ...options, format: 'docx' }, [language]);
  const docx = render.files.get(language);
  if (!docx) return { render };
  const content = docx.content as Uint8Array;
  if (format === 'docx') return { render, content };
  // LibreOffice as build finds it (--office, RAG_REPORT_OFFICE, rag-report.yaml, the PATH, the usual folders); a usage error when it is not there.
  const program = requireOffice(findOffice({ ...office, env: options.env }));
  return { render, content: await docxToPdf(content, docx.name, { office: program }) };
}
