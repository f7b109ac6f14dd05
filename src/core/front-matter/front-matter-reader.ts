import type { FrontMatter } from '../model/types';

/** The front matter read from the start of a file, and where the body starts after it. */
export interface FrontMatterRead {
  frontMatter: FrontMatter;
  bodyOffset: number;
}

/**
 * Reads one front matter format. `opens` says from the front matter's first line (with its line
 * end) whether it is this format's; `read` then reads it from `text`, which starts on that line,
 * file line `firstLine`, and throws InputError, with the file line, when it cannot.
 */
export interface FrontMatterReader {
  opens(firstLine: string): boolean;
  read(text: string, firstLine: number): FrontMatterRead;
}
