import type { FrontMatter } from '../model/types';

const OPEN_LINE = /^(?:[ \t]*(?:\r\n?|\n))*\{[ \t]*(?:\r\n?|\n)$/;

/**
 * Whether this is JSON front matter kept whole as read, because it is not written one key per
 * line (`{"title": "x", "draft": true}` on one line): it is written back as read and not edited.
 */
export function isJsonKeptWhole(fm: FrontMatter): boolean {
  return fm.format === 'json' && fm.open !== '' && !OPEN_LINE.test(fm.open);
}
