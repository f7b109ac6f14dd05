// Synthetic files for the preview parity test: each a small issue in the archive's shape (front
// matter, a section of cards, prose) that exercises one way goldmark, as Hugo 0.111 sets it up,
// turns markdown into links and text.

const frontMatter = '+++\ntitle = "Parity"\nslug = "900"\n+++\n';

function issue(body: string): string {
  return `${frontMatter}{{< eo >}}\n\n${body}\n`;
}

export const parityCases: Record<string, string> = {
  'bare URL in a bullet': issue(
    '## Blogs\n\n* [Title](https://example.com/a)\n    * Read https://example.com/docs/guide now.\n    * See www.example.org/path, then http://example.net.\n',
  ),
  'bare URL in prose': issue(
    'Intro with https://example.com/intro and (https://example.com/in-parens) and mail team@example.com.\n\n## News\n\nProse in a section: https://example.com/a_b?x=1&y=2; done.\n',
  ),
  'bare URL in a card title': issue(
    '## Blogs\n\n* [Read https://example.com/inside now](https://example.com/outer)\n    * A bullet\n',
  ),
  'bare URL with trailing punctuation': issue(
    'Links: https://example.com/a. https://example.com/b, https://example.com/c! https://example.com/d?\n\nMore: https://example.com/e) and "https://example.com/f" and https://example.com/g\'s\n',
  ),
  'link inside link text': issue(
    '## Blogs\n\n* [Tools](https://example.com/tools)\n    * See [outer [inner](https://example.com/inner) text](https://example.com/outer) here\n\nProse [a [b](https://example.com/b)](https://example.com/a).\n',
  ),
  autolinks: issue(
    '## Blogs\n\n* [Title](https://example.com/t)\n    * Docs at <https://example.com/docs> and <team@example.com>\n\nProse <https://example.com/prose?q=a&b=c>.\n',
  ),
  entities: issue(
    'Ampersand &amp; copyright &copy; dash &#8212; hex &#x41; space&nbsp;here &lt;b&gt; and &unknown; and AT&T.\n\n## Blogs\n\n* [Tom &amp; Jerry](https://example.com/?a=1&amp;b=2)\n    * Bullet &quot;quoted&quot; &hellip;\n',
  ),
  'smart quotes': issue(
    'He said "hello" and \'bye\'. It\'s the \'90s, "nested \'inner\' quotes", 5\'10" tall, rock \'n\' roll.\n\n## Blogs\n\n* ["Quoted" title\'s](https://example.com/q)\n    * A "bullet" with **"bold"** and `"code"` and [a "link"](https://example.com/l)\n',
  ),
  'dashes and ellipsis': issue(
    'En -- dash, em --- dash, range 1--2, four ---- dashes, ellipsis... and <<guillemets>>.\n\n## Blogs\n\n* [Title -- with dash...](https://example.com/d)\n    * Bullet --- with em dash and trailing...\n',
  ),
  'reference-style links': issue(
    'See [the docs][docs], [Docs] and [docs][] and [missing][nope].\n\n## Blogs\n\n* [Card](https://example.com/card)\n    * Bullet with [a reference][docs]\n\n[docs]: https://example.com/reference "Title"\n',
  ),
  'images in links': issue(
    'Badge [![build](https://example.com/badge.svg)](https://example.com/ci) here.\n\n## Blogs\n\n* [Card](https://example.com/card)\n    * Logo [![logo](https://example.com/logo.png) text](https://example.com/logo)\n',
  ),
  'raw HTML': issue(
    'Text <span class="x">kept</span> and <em>emphasis</em>.<br/>\nNext line.\n\n<div class="box">\nBlock of <b>HTML</b>\n</div>\n',
  ),
  'link written as raw HTML': issue(
    'Prose with <a href="https://example.com/raw">a raw link</a> in it.\n',
  ),
  'GFM tables, strikethrough and task lists': issue(
    '| Tool | Use -- "why" |\n|---|---|\n| [kubectl](https://example.com/k) | ~~old~~ new |\n\n- [x] done https://example.com/done\n- [ ] open\n',
  ),
  footnotes: issue(
    'Claim with a note[^1] and more.\n\n[^1]: The note, see https://example.com/fn.\n',
  ),
  'definition lists': issue('Term\n: The definition -- with "quotes"\n'),
  'quotes and URLs next to markup': issue(
    "\"**bold**\" and '[link](https://example.com/l)' and *\"em\"*, it's **Bob's** and \"a `code`\" then 'x'.\n\n**Note:** https://example.com/note and _https://example.com/em_ and ~~https://example.com/del~~\n\n* [Title](https://example.com/t)\n    * \"Quoted [link](https://example.com/q)\" -- and 'single'\n    * Smiths' house, doin' it, 'twas 'em\n",
  ),
  'edge URLs': issue(
    'Visit www.example.com. Or https://example.com/path(with)parens and https://example.com/x&amp;y and https://example.com:8080/p?q=a,b and http://localhost:3000/ and https://example.com/trail_ and a.b@c.de, x@y.\n',
  ),
};
