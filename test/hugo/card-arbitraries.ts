import fc from 'fast-check';

// Random titles, bullets and URLs full of what markdown, HTML and Hugo treat specially. Quotes, dashes
// and dots are in: Hugo's typographer turns them into typographic punctuation, which the checks
// map back (undoTypographer), so the typographic characters themselves are left out. A Hugo
// shortcode opening (`{{<`, `{{%`) is left out here; add-card.test.ts has a case of its own.

const plain = [...'abcXYZ019'];
const markdownSpecial = [...'[]*_<>&#\\`()!~|{}\'"-.:;=+?%$@^/'];
const unicode = ['é', '日', '🚀'];
const urlSpecial = [...' ()[]<>\\"\'&#?=%~*_{}|^!$+,;:@-./'];

const noShortcode = (text: string): boolean => !/\{\{[<%]/.test(text);
const trimmed = (text: string): boolean => text.length > 0 && text.trim() === text;

function textOf(chars: string[], maxLength: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...chars), { minLength: 1, maxLength })
    .map((parts) => parts.join(''))
    .filter((text) => trimmed(text) && noShortcode(text));
}

export const titleArbitrary = textOf([...plain, ...plain, ...markdownSpecial, ' ', ...unicode], 30);

export const urlArbitrary = textOf([...plain, ...plain, ...urlSpecial, ...unicode], 30).map(
  (path) => `https://example.com/${path}`,
);

// Bullets leave out `@`: goldmark's linkify (on in Hugo) would turn `a@b.c` into a mail link.
export const bulletArbitrary = textOf(
  [...plain, ...plain, ...markdownSpecial.filter((char) => char !== '@'), ' ', ...unicode],
  30,
);

export const tagArbitrary = fc.option(fc.constantFrom('Blog', 'Video', 'KB Article'), {
  nil: undefined,
});
