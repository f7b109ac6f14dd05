import fc from 'fast-check';

// Generated content files for the round-trip fuzz test: front matter of each kind (and broken),
// a body of the blocks the archive has and the ones it does not, nested lists deeper than the
// model edits, each line ended by LF, CRLF or a bare CR in any mix, a BOM or not, a final newline
// or not. Built with `\n` first, then each `\n` given the ending its line draws.

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

const validFrontMatter = fc.constantFrom(
  '',
  '+++\ntitle = "EKS News 099"\ndate = 2024-01-05T08:00:00Z\ntags = ["a", "b"]\n+++\n',
  '+++\n# a comment\n\ntitle = "x" # trailing\naliases = [\n  "a",\n]\n[params]\nk = 1\n+++\n',
  '+++\ntitle = \'literal\'\ndescription = """\nmulti\nline"""\n+++\n',
  '---\ntitle: EKS News 099\ndate: 2024-01-05\ntags:\n  - a\n  - b\n---\n',
  '---\n# c\ntitle: "x"\nlist: [a, b]\nblock: |\n  line one\n  line two\n---\n',
  '+++\n+++\n',
  '---\n---\n',
  '+++ \ntitle = "blanks after the fences"\n+++\t\n',
);

/** A string never closed, a fence never closed, fences that do not match, a duplicate key, YAML
 * that is no map, YAML with a tab indent. */
const brokenFrontMatter = fc.constantFrom(
  '+++\ntitle = "unclosed\n+++\n',
  '---\ntitle: [unclosed\n---\n',
  '+++\ntitle = "never closed"\n',
  '---\ntitle: x\n+++\n',
  '+++\ntitle = "a"\ntitle = "b"\n+++\n',
  '---\n- a\n- b\n---\n',
  '---\nkey:\n\t- tab\n---\n',
);

const frontMatter = fc.oneof(
  { arbitrary: validFrontMatter, weight: 6 },
  { arbitrary: brokenFrontMatter, weight: 1 },
);

const textChar = fc.constantFrom(
  ...Array.from('abc XYZ 019 é—😀'),
  ...'*_[]()<>#`!&{}%|-+.:;"\'\\/~='.split(''),
  '\t',
  '\u00a0',
  '\u2028',
  '\uFEFF',
  '&amp;',
  '{{<',
  '>}}',
);
const text = fc.array(textChar, { minLength: 1, maxLength: 24 }).map((c) => c.join(''));
const url = fc
  .array(fc.constantFrom(...'abc019()_-.~*[]&#=?% '.split('')), { maxLength: 12 })
  .map((c) => `https://example.com/${c.join('')}`);

/** A list with a depth for each item; depths past 3 are more than a card's bullets hold. */
const nestedList = fc
  .record({
    marker: fc.constantFrom('*', '-', '+'),
    indent: fc.constantFrom(2, 4),
    depths: fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 10 }),
    items: fc.array(text, { minLength: 10, maxLength: 10 }),
  })
  .map(({ marker, indent, depths, items }) => {
    let depth = 0;
    return depths
      .map((wanted, i) => {
        depth = Math.min(wanted, depth + 1);
        return `${' '.repeat(indent * depth)}${marker} ${items[i] ?? ''}`;
      })
      .join('\n');
  });

const card = fc
  .tuple(text, url, fc.option(nestedList, { nil: undefined }), fc.boolean())
  .map(([title, href, bullets, paragraph]) => {
    const header = `${paragraph ? '' : '* '}[${title}](${href})`;
    if (!bullets) return header;
    return paragraph ? `${header}\n\n${bullets}` : `${header}\n${indentBy(bullets, 2)}`;
  });

function indentBy(lines: string, spaces: number): string {
  return lines.replace(/^/gm, ' '.repeat(spaces));
}

/** A section as the archive writes one: a heading, then cards, tight or loose. */
const section = fc
  .tuple(text, fc.array(card, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\n\n'))
  .map(([heading, cards, gap]) => `## ${heading}\n\n${cards.join(gap)}`);

const block = fc.oneof(
  { arbitrary: section, weight: 6 },
  { arbitrary: card, weight: 4 },
  { arbitrary: nestedList, weight: 2 },
  { arbitrary: text, weight: 3 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 6 }), text)
      .map(([n, t]) => `${'#'.repeat(n)} ${t}`),
    weight: 3,
  },
  fc.tuple(text, fc.constantFrom('===', '---')).map(([t, line]) => `${t}\n${line}`),
  fc.tuple(text, text).map(([a, b]) => `${a}\n${b}`),
  text.map((t) => `<div>\n${t}\n</div>`),
  text.map((t) => `<!-- ${t} -->`),
  fc.constant('<br/><br/>'),
  fc.tuple(text, fc.boolean()).map(([t, closed]) => `\`\`\`sh\n${t}${closed ? '\n```' : ''}`),
  text.map((t) => `    ${t}`),
  text.map((t) => `| a | b |\n|---|---|\n| ${t} | 2 |`),
  text.map((t) => `> ${t}\n> > ${t}`),
  fc.constantFrom('***', '---', '___'),
  fc.constantFrom('{{< eo >}}', '{{% note %}}', '{{< youtube id="x" >}}'),
  fc.tuple(text, url).map(([label, href]) => `[${label}]: ${href}`),
  text.map((t) => `1. ${t}\n2. ${t}`),
  fc.constantFrom('', ' ', '\t'),
);

const body = fc
  .array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\n\n\n')), { maxLength: 14 })
  .map((parts) => parts.map(([b, gap]) => b + gap).join(''));

/** A whole file as its bytes decode: BOM, front matter, body, final newline, line endings. */
export const markdownFile = fc
  .record({
    bom: fc.boolean(),
    frontMatter,
    body,
    trimEnd: fc.boolean(),
    endings: fc.array(lineEnding, { minLength: 1, maxLength: 5 }),
  })
  .map(({ bom, frontMatter: fm, body: b, trimEnd, endings }) => {
    const lf = fm + (trimEnd ? b.replace(/\n+$/, '') : b);
    return (bom ? '\uFEFF' : '') + withLineEndings(lf, endings);
  });

/** Gives the i-th `\n` of `text` the ending `endings[i % endings.length]`. */
export function withLineEndings(text: string, endings: readonly string[]): string {
  let line = 0;
  return text.replace(/\n/g, () => endings[line++ % endings.length] ?? '\n');
}
