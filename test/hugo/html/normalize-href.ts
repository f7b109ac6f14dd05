// Characters goldmark leaves as they are in a link destination; it percent-encodes all others
// (space, `"`, `[ ] ^ \` { | } < > \\`, non-ASCII) and a `%` that starts no escape.
const keptAsIs = /^[A-Za-z0-9!#$&'()*+,\-./:;=?@_~]$/;

/**
 * An href in the form goldmark writes it, so that the URL the editor typed (`a b`) and the one
 * Hugo rendered (`a%20b`) compare equal. Existing `%XX` escapes are kept, with upper-case hex.
 */
export function normalizeHref(href: string): string {
  let out = '';
  let index = 0;
  while (index < href.length) {
    const escape = /^%[0-9A-Fa-f]{2}/.exec(href.slice(index));
    if (escape) {
      out += escape[0].toUpperCase();
      index += 3;
      continue;
    }
    const char = String.fromCodePoint(href.codePointAt(index) ?? 0);
    out += keptAsIs.test(char) ? char : encodeURIComponent(char);
    index += char.length;
  }
  return out;
}
