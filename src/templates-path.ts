import { packageFile } from './package-root.js';

/** A file under the package's templates/ folder. */
export function templatePath(...parts: string[]): string {
  return packageFile('templates', ...parts);
}
