import fc from 'fast-check';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readCorpus } from '../../../test/helpers/corpus';
import type { FrontMatterValue } from '../model/types';
import { parseFrontMatter } from './parse-front-matter';
import { setFrontMatterValue } from './set-front-matter-value';
import { writeFrontMatter } from './write-front-matter';

const SPECIAL = ['"', "'", '\\', '\n', '\r', '\t', '\b', '\f', '\0', '\x1f', '\x7f', '#', ' ', ':'];
const TRICKY = [
  '',
  'true',
  'null',
  '~',
  '123',
  '1e3',
  ' lead',
  'trail ',
  '- x',
  '? x',
  '---',
  '...',
];
const WORDS = ['"""', "'''", '%x', '@x', '`x', '*x', '&x', '!x', '|', '>', '[a]', '{b}', 'a: b'];

/** Strings heavy in quotes, backslashes, control characters, unicode and YAML indicators. */
const text = fc.oneof(
  fc.string({
    unit: fc.oneof(
      fc.constantFrom(...SPECIAL, '\u00e9', '\u2028', '\u{1F600}'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 40,
  }),
  fc.constantFrom(...TRICKY, ...WORDS),
);

/** Sets a key, writes the file, and returns the written front matter block and the value read back. */
function roundTrip(file: string, key: string, value: FrontMatterValue) {
  const { frontMatter } = parseFrontMatter(file);
  const written = writeFrontMatter(setFrontMatterValue(frontMatter, key, value), '\n');
  const block = written.slice(4, -4);
  const read = parseFrontMatter(written).frontMatter.entries.find((e) => e.key === key)?.value;
  return { block, read };
}

describe('values that need escaping round-trip', () => {
  const basic = readCorpus('000.md');
  const literal = "+++\ntitle = 'x'\naliases = [\n  'a',\n]\n+++\n";

  it('TOML strings, basic and literal, read back the same through smol-toml', () => {
    fc.assert(
      fc.property(fc.constantFrom(basic, literal), text, (file, value) => {
        const { block, read } = roundTrip(file, 'title', value);
        expect(parseToml(block).title).toBe(value);
        expect(read).toBe(value);
      }),
    );
  });

  it('TOML multi-line arrays of strings read back the same', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(basic, literal),
        fc.array(text, { maxLength: 5 }),
        (file, value) => {
          const { block, read } = roundTrip(file, 'aliases', value);
          expect(parseToml(block).aliases).toEqual(value);
          expect(read).toEqual(value);
        },
      ),
    );
  });

  it('TOML numbers, new keys and keys that need quotes read back the same', () => {
    const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2 ** 60, 1e21, -0));
    fc.assert(
      fc.property(text, number, (key, value) => {
        const { block, read } = roundTrip(basic, key, value);
        expect(parseToml(block)[key]).toEqual(value);
        expect(read).toEqual(value);
      }),
    );
  });

  it('YAML strings in each quoting style read back the same through yaml', () => {
    const files = ['---\ntitle: x\n---\n', '---\ntitle: "x"\n---\n', "---\ntitle: 'x'\n---\n"];
    fc.assert(
      fc.property(fc.constantFrom(...files), text, (file, value) => {
        const { block, read } = roundTrip(file, 'title', value);
        expect(parseYaml(block).title).toBe(value);
        expect(read).toBe(value);
      }),
    );
  });

  it('YAML lists, block and flow, read back the same', () => {
    const files = [
      '---\ntags:\n- a\n---\n',
      '---\ntags:\n  - "a"\n---\n',
      "---\ntags: ['a']\n---\n",
    ];
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.array(text, { maxLength: 5 }), (file, value) => {
        const { block, read } = roundTrip(file, 'tags', value);
        expect(parseYaml(block).tags).toEqual(value);
        expect(read).toEqual(value);
      }),
    );
  });
});

describe('JSON values that need escaping round-trip', () => {
  const files = [
    '{\n  "title": "x",\n  "tags": ["a"]\n}\n',
    '{\n\t"title":"x",\n\t"tags": [\n\t\t"a"\n\t]\n}\n',
  ];
  const value = fc.oneof(
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
    fc.array(text, { maxLength: 5 }),
  );

  it('strings, numbers and lists, in either layout, read back the same through JSON.parse', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.constantFrom('title', 'tags'),
        value,
        (file, key, v) => {
          const { frontMatter } = parseFrontMatter(file);
          const written = writeFrontMatter(setFrontMatterValue(frontMatter, key, v), '\n');
          expect((JSON.parse(written) as Record<string, unknown>)[key]).toEqual(v);
          expect(
            parseFrontMatter(written).frontMatter.entries.find((e) => e.key === key)?.value,
          ).toEqual(v);
        },
      ),
    );
  });

  it('new keys, whatever their text, are added after the others and read back', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), text, (file, key) => {
        const { frontMatter } = parseFrontMatter(file);
        const written = writeFrontMatter(setFrontMatterValue(frontMatter, key, 'v'), '\n');
        expect((JSON.parse(written) as Record<string, unknown>)[key]).toBe('v');
      }),
    );
  });
});
