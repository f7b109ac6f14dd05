// The link lines feed pages and feeds append to an excerpt: "View the full article",
// "Read more »", "Continue reading →", "The post … appeared first on …", "[…]".

const PHRASES = [
  'view the full (?:article|story|post)',
  'view full (?:article|story|post)',
  'read the full (?:article|story|post)',
  'read full (?:article|story|post)',
  'read more',
  'read the rest(?: of (?:this|the) (?:article|entry|post|story))?',
  'continue reading(?: on [^.]{1,60})?',
  'keep reading',
  'full (?:article|story)',
].join('|');

const ARROW = String.raw`(?:\s*(?:»|›|→|->|>>|\.\.\.|…))?`;
const TRAILER_AT_END = new RegExp(String.raw`(?:^|\s+)(?:${PHRASES})${ARROW}\s*[.:]?\s*$`, 'i');
const WORDPRESS_AT_END = /\s*The post .{1,300}? appeared first on .{1,200}?\.?\s*$/s;
const BRACKETED_ELLIPSIS = /\s*\[(?:…|\.\.\.)\]\s*$/;

/** Text without the link trailers at its end (several, if several are stacked). */
export function stripTrailers(text: string): string {
  let current = text.trimEnd();
  for (;;) {
    const next = current
      .replace(WORDPRESS_AT_END, '')
      .replace(TRAILER_AT_END, '')
      .replace(BRACKETED_ELLIPSIS, (_match, offset: number) =>
        /[.!?]$/.test(current.slice(0, offset)) ? '' : '…',
      )
      .trimEnd();
    if (next === current) return current;
    current = next;
  }
}

const ARTICLE_TRAILER = /(?:view|read) (?:the )?full (?:article|story|post)/gi;

/**
 * Text split after each "View the full article"-like trailer that is followed by more text on
 * the same line: feed pages copied without line breaks glue their items together that way.
 */
export function splitAfterTrailers(line: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of line.matchAll(ARTICLE_TRAILER)) {
    const end = match.index + match[0].length;
    if (line.slice(end).trim() === '') break;
    parts.push(line.slice(start, end).trim());
    start = end;
  }
  parts.push(line.slice(start).trim());
  return parts.filter((part) => part !== '');
}

/** Whether text ends with a trailer, which marks the end of an item on feed pages. */
export function endsWithTrailer(text: string): boolean {
  return stripTrailers(text) !== text.trimEnd();
}
