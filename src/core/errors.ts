/**
 * Bad input: a broken file, link or paste. Carries the 1-based line where it was found, when
 * known, so the CLI and the UI can say where without a stack trace.
 */
export class InputError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    this.name = 'InputError';
    this.line = line;
  }
}
