import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** templates/ of the package: two levels above this file, from src/ and from build/ alike. */
const TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url));

export function templatePath(...parts: string[]): string {
  return path.join(TEMPLATES, ...parts);
}
