import { lineEnd, splitLines } from './split-lines';

/** How a JSON front matter writes its entries, learned from the text of its entries. */
export interface JsonStyle {
  /** The blanks before each key. */
  indent: string;
  /** `:` and the blanks around it, `: ` as JSON.stringify writes it. */
  colon: string;
  /** Arrays and objects with one item per line rather than on the key's line. */
  multiline: boolean;
  /** One level of indentation inside a multi-line value. */
  unit: string;
  /** Between the items of a one-line array or object: `, ` or `,`. */
  separator: string;
  eol: string;
}

export const DEFAULT_JSON_STYLE: Omit<JsonStyle, 'eol'> = {
  indent: '  ',
  colon: ': ',
  multiline: false,
  unit: '  ',
  separator: ', ',
};

/** The key line of an entry: its indentation, key text and colon, then the value. */
export const JSON_KEY_LINE = /^([ \t]*)("(?:[^"\\\r\n]|\\.)*")([ \t]*:[ \t]*)(.*)$/m;

/** Learns the style of JSON entries (one or all of them), `fallback` for what they lack. */
export function learnJsonStyle(sources: string[], fallback: JsonStyle): JsonStyle {
  const first = sources.map((s) => JSON_KEY_LINE.exec(s)).find((match) => match !== null);
  const collection = sources.find((s) => /^[[{]/.test(JSON_KEY_LINE.exec(s)?.[4] ?? ''));
  const eol = sources.map((s) => lineEnd(splitLines(s).at(-1) ?? '')).find((e) => e !== '');
  return {
    indent: first?.[1] ?? fallback.indent,
    colon: first?.[3] ?? fallback.colon,
    ...(collection === undefined ? pick(fallback) : collectionStyle(collection, fallback)),
    eol: eol ?? fallback.eol,
  };
}

function pick(style: JsonStyle): Pick<JsonStyle, 'multiline' | 'unit' | 'separator'> {
  return { multiline: style.multiline, unit: style.unit, separator: style.separator };
}

function collectionStyle(source: string, fallback: JsonStyle) {
  const lines = splitLines(source.slice(source.search(JSON_KEY_LINE)));
  const keyIndent = JSON_KEY_LINE.exec(lines[0] ?? '')?.[1] ?? '';
  const inner = lines.slice(1).find((line) => line.trim() !== '');
  if (lines.length > 1 && inner !== undefined) {
    const innerIndent = /^[ \t]*/.exec(inner)?.[0] ?? '';
    const unit = innerIndent.slice(keyIndent.length) || fallback.unit;
    return { multiline: true, unit, separator: fallback.separator };
  }
  const separator = /,[ \t]/.test(lines[0] ?? '') ? ', ' : /,/.test(lines[0] ?? '') ? ',' : '';
  return { multiline: false, unit: fallback.unit, separator: separator || fallback.separator };
}
