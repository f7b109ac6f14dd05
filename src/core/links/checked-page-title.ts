const MAX_TITLE = 300;

/**
 * The one door for a page title that comes from outside the browser (the workspace server's
 * `/title` answer): a string, runs of white space made one space, trimmed, not empty, at most
 * 300 characters, and no control characters. Undefined for anything else, which the caller
 * treats as no title at all.
 */
export function checkedPageTitle(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const title = value.replace(/\s+/g, ' ').trim();
  if (title === '' || title.length > MAX_TITLE) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u001f\u007f-\u009f]/.test(title)) return undefined;
  return title;
}
