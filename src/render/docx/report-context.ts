import type { Paragraph, ParagraphChild, Table, TableOfContents } from 'docx';
import type { Definition, Root, RootContent } from 'mdast';

/*
 * remark-docx 0.3.29's builder types (lib/types.d.ts), restated: its .d.ts
 * files import each other without extensions, so under NodeNext resolution
 * they arrive as `any`. Only what the report's builders use is listed.
 */

export type DocxContent = Paragraph | Table | TableOfContents | ParagraphChild;

export interface Context {
  render(nodes: readonly RootContent[], ctx?: Context): DocxContent[];
  /** Width available to the content, in twips. */
  width: number;
  style: Readonly<{ bold?: boolean; italic?: boolean; strike?: boolean; inlineCode?: boolean; link?: boolean }>;
  quote?: number;
  list?: unknown;
  rtl?: boolean;
  definition(identifier: string): Definition | undefined;
  /** The images remark-docx's image plugin loaded, by url. */
  images: ReadonlyMap<string, { type: 'png' | 'jpg' | 'gif' | 'bmp' | 'svg'; width: number; height: number; data: ArrayBuffer }>;
  footnote: { id(identifier: string): number; set(id: number, children: Paragraph[]): void };
}

/**
 * remark-docx's context plus what the report's builders pass down. Builders
 * spread the context into their children's, so extra fields reach every run
 * inside a table cell.
 */
export type ReportContext = Context & {
  /** Text colour (hex without '#') for the runs of a shaded RAG cell. */
  colour?: string;
  /** Text size in half-points inside a table set smaller to keep its words whole; the style's size otherwise. */
  size?: number;
};

export type NodeBuilders = {
  [K in RootContent['type']]?: (node: Extract<RootContent, { type: K }>, ctx: ReportContext) => DocxContent | DocxContent[] | null;
};

export type ReportDocxPlugin = (ctx: Readonly<{ root: Root }>) => Promise<NodeBuilders>;
