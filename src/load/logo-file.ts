import { readFileSync } from 'node:fs';
import { dataFile } from './data-file.js';

/** A logo larger than this is not a logo: it would swell every document it is put in. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export interface LogoFile {
  readonly bytes: Uint8Array;
  readonly type: 'png' | 'jpg';
}

/**
 * report.yaml's `logo`, read: a PNG or JPEG file inside the data folder
 * (`reportDir`'s parent), given relative to report.yaml. Anything else is a
 * reason, for a problem at the field's line.
 */
export function readLogo(reportDir: string, logo: string): LogoFile | { reason: string; hint: string } {
  const hint = 'give the path of a PNG or JPEG image inside the data folder, relative to report.yaml, e.g. logo: logo.png';
  const found = dataFile(reportDir, logo);
  if ('reason' in found) return { reason: found.reason, hint };
  if (found.size > MAX_LOGO_BYTES) return { reason: `"${logo}" is ${Math.round(found.size / 1024)} KB; a logo may be at most ${MAX_LOGO_BYTES / 1024 / 1024} MB`, hint: 'save a smaller image' };
  const bytes = new Uint8Array(readFileSync(found.file));
  const type = imageType(bytes);
  if (!type) return { reason: `"${logo}" is not a PNG or JPEG image`, hint };
  return { bytes, type };
}

function imageType(bytes: Uint8Array): LogoFile['type'] | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return undefined;
}
