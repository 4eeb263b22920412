import { fileURLToPath } from 'node:url';

/** A file shipped with the package (templates/...): src/workflow and build/workflow both sit two levels below its root. */
export function packageFile(...segments: string[]): string {
  return fileURLToPath(new URL(`../../${segments.join('/')}`, import.meta.url));
}
