import { AsyncLocalStorage } from 'node:async_hooks';
import { type File, Packer } from 'docx';
import type { DocxParts } from './docx-parts.js';
import { packageParts } from './package-parts.js';

type ToArrayBuffer = (file: File, ...rest: unknown[]) => Promise<unknown>;

const capturing = new AsyncLocalStorage<true>();
let installed = false;

/**
 * The parts of the Document that `render` (a remark-docx stringify) builds, as
 * text, instead of the zip remark-docx would make of them.
 *
 * remark-docx 0.3.29 ends by handing its Document to docx's
 * Packer.toArrayBuffer, which deflates every part in JavaScript into a zip;
 * renderDocx must then unzip it to add what remark-docx cannot (footer,
 * language, fixed ids) and to join a large report's parts. Zipping to unzip
 * was a tenth of a real quarter's docx and seconds of a large one, with the
 * whole package held twice. So, only inside `render`, Packer.toArrayBuffer
 * gives the parts as docx's compiler makes them; every other use of the
 * Packer is left as it is.
 */
export async function captureParts(render: () => Promise<unknown>): Promise<DocxParts> {
  install();
  const parts = await capturing.run(true, render);
  // docx's XML writer (the xml package), which still writes the parts other than the document,
  // keeps what it wrote from reachable until a setImmediate it schedules has run: without this
  // pause, each part of a large report would stay in memory until the last was built (when it
  // also wrote the document: 6 MB a part, 200 MB for 10,000 actions).
  await new Promise(setImmediate);
  if (!(parts instanceof Map)) throw new Error('renderDocx: remark-docx did not pack its document with Packer.toArrayBuffer; has it changed?');
  return parts as DocxParts;
}

function install(): void {
  if (installed) return;
  installed = true;
  const packer = Packer as unknown as { toArrayBuffer: ToArrayBuffer };
  const toArrayBuffer = packer.toArrayBuffer;
  packer.toArrayBuffer = function (this: unknown, file, ...rest) {
    return capturing.getStore() ? Promise.resolve(packageParts(file)) : toArrayBuffer.call(this, file, ...rest);
  };
}
