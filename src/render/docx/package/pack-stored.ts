import { Packer } from 'docx';

interface ZipFile {
  options?: { compression?: string | null };
}
interface PackerCompiler {
  compile(...args: unknown[]): { forEach(callback: (path: string, file: ZipFile) => void): void };
}

let applied = false;

/**
 * Makes docx's Packer store its parts instead of deflating them. remark-docx
 * packs the document with docx's Packer, which deflates each part in
 * JavaScript; renderDocx unzips the parts at once to edit them and zips
 * them again with Node's zlib, so that first deflate was pure waste (a tenth
 * of a sample build, seconds on a large one). Each part of docx's zip is
 * marked "stored", which its zip library honours over the Packer's DEFLATE.
 * Should docx change its Packer, nothing breaks: the parts are just deflated
 * twice again, and a test says so.
 */
export function packStored(): void {
  if (applied) return;
  applied = true;
  const compiler = (Packer as unknown as { compiler?: PackerCompiler }).compiler;
  if (typeof compiler?.compile !== 'function') return;
  const compile = compiler.compile.bind(compiler);
  compiler.compile = (...args) => {
    const zip = compile(...args);
    zip.forEach((_path, file) => {
      if (file.options) file.options.compression = 'STORE';
    });
    return zip;
  };
}
