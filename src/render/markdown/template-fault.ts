/** A fault of the report template (a copy a team changed): what is wrong, in words, and where in the template when that is known. */
export class TemplateFault extends Error {
  constructor(
    message: string,
    readonly at?: { readonly line: number; readonly column: number },
  ) {
    super(message);
  }
}
