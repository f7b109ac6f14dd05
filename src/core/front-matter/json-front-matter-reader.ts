import { InputError } from '../errors';
import type { FrontMatterReader } from './front-matter-reader';
import { findJsonObjectEnd } from './find-json-object-end';
import { readJsonEntries } from './read-json-entries';
import { UnreadableFrontMatterError } from './unreadable-front-matter-error';

/**
 * JSON front matter, Hugo's rule: a file whose first line opens with `{` starts with a JSON
 * object, which ends at its matching `}`; a line end right after it belongs to the front matter.
 */
export const jsonFrontMatterReader: FrontMatterReader = {
  opens: (firstLine) => /^\{(?!\{)/.test(firstLine),
  read(text, firstLine) {
    const end = findJsonObjectEnd(text);
    if (end < 0) {
      const message = `The JSON front matter opened with { on line ${firstLine} is never closed`;
      throw new InputError(message, firstLine);
    }
    const bodyOffset = end + (/^(?:\r\n?|\n)/.exec(text.slice(end))?.[0].length ?? 0);
    try {
      return { frontMatter: readJsonEntries(text.slice(0, bodyOffset), firstLine), bodyOffset };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new UnreadableFrontMatterError(error, 'json', bodyOffset);
    }
  },
};
