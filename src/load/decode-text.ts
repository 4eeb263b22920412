import { problem, type Problem } from '../problems/index.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** UTF-8 bytes to text, without a byte-order mark; invalid bytes are a problem with their line. */
export function decodeText(displayPath: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    const { line, column } = firstInvalidByte(bytes);
    return { problem: problem('not-utf8', { file: displayPath, line, column }) };
  }
}

function firstInvalidByte(bytes: Uint8Array): { line: number; column: number } {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes is where the first bad byte sits.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  // Streaming again leaves out a character cut off at the end: it is the bad one.
  const prefix = new TextDecoder().decode(bytes.subarray(0, low), { stream: true });
  const lines = prefix.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function decodes(bytes: Uint8Array): boolean {
  try {
    // Streaming: a character cut off at the end of the prefix is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
