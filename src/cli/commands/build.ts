export function buildCommand(): void {
  throw new Error('not yet');
}
