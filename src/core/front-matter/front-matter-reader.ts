import type { FrontMatter } from '../model/types';

/** The front matter read from the start of a file, and where the body starts after it. */
export interface FrontMatterRead {
  frontMatter: FrontMatter;
  bodyOffset: number;
}

/**
 * Reads one front matter format. `opens` says from the file's first line (with its line end)
 * whether the file starts with this format's front matter; `read` then reads it from the file
 * (the text after any BOM) and throws InputError, with the file line, when it cannot.
 */
export interface FrontMatterReader {
  opens(firstLine: string): boolean;
  read(text: string): FrontMatterRead;
}
