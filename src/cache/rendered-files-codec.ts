import type { RenderedFile } from '../build/render-report.js';

interface Header {
  readonly name: string;
  readonly format: RenderedFile['format'];
  readonly language?: RenderedFile['language'];
  /** Whether the content was text (given back as a string) or bytes. */
  readonly text: boolean;
  readonly bytes: number;
}

/** Rendered files as one buffer: a line of JSON describing them, then their contents one after another. */
export function encodeRenderedFiles(files: readonly RenderedFile[]): Uint8Array {
  const contents = files.map((file) => (typeof file.content === 'string' ? Buffer.from(file.content) : file.content));
  const headers: Header[] = files.map((file, index) => ({
    name: file.name,
    format: file.format,
    ...(file.language ? { language: file.language } : {}),
    text: typeof file.content === 'string',
    bytes: contents[index]!.byteLength,
  }));
  return Buffer.concat([Buffer.from(`${JSON.stringify(headers)}\n`), ...contents]);
}

export function decodeRenderedFiles(payload: Uint8Array): RenderedFile[] {
  const buffer = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const newline = buffer.indexOf(10);
  const headers = JSON.parse(buffer.subarray(0, newline).toString('utf8')) as Header[];
  let offset = newline + 1;
  return headers.map(({ name, format, language, text, bytes }) => {
    const content = buffer.subarray(offset, offset + bytes);
    offset += bytes;
    if (content.byteLength !== bytes) throw new Error('a cached entry is shorter than its header says');
    return { name, format, ...(language ? { language } : {}), content: text ? content.toString('utf8') : new Uint8Array(content) };
  });
}
