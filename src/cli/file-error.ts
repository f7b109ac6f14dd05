import { InputError } from '../core/errors';

/** Bad input in a named file, which the CLI's message starts with (`FILE:LINE: message`). */
export class FileError extends InputError {
  readonly file: string;
  constructor(file: string, message: string, line?: number) {
    super(message, line);
    this.file = file;
  }
}
