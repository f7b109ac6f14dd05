import { InputError } from '../errors';
import type { FrontMatterFormat } from '../model/types';

/**
 * Front matter whose block is whole (its fences, or its JSON object's braces, are found) but
 * whose content cannot be read: bad TOML, YAML or JSON, a key set twice. `length` is how much of
 * the text the reader was given the block takes, with the line end after it, so an import can
 * keep the block as it is (readFrontMatter's `keepUnreadable`).
 */
export class UnreadableFrontMatterError extends InputError {
  readonly format: Exclude<FrontMatterFormat, 'none'>;
  readonly length: number;

  constructor(cause: InputError, format: Exclude<FrontMatterFormat, 'none'>, length: number) {
    super(cause.message, cause.line);
    this.name = 'UnreadableFrontMatterError';
    this.format = format;
    this.length = length;
  }
}
