import type { FrontMatterEntry } from '../model/types';
import { findTomlComment } from './find-toml-comment';
import { learnDateStyle, type DateStyle } from './date-style';
import {
  INLINE_ARRAY,
  type TomlArrayLayout,
  type TomlQuote,
  type TomlValueStyle,
} from './render-toml-value';
import { splitLines } from './split-lines';
import { splitTomlEntry, type TomlEntryParts } from './split-toml-entry';

/** How a TOML front matter writes its entries, learned from the entries read. */
export interface TomlFileStyle {
  /** `=` and the blanks around it, ` = ` in the archive. */
  assign: string;
  value: TomlValueStyle;
  dates: DateStyle;
}

export function learnTomlStyle(entries: FrontMatterEntry[], eol: string): TomlFileStyle {
  const parts = entries.flatMap((e) => (e.source ? [splitTomlEntry(e.source)] : []));
  const known = parts.filter((p): p is TomlEntryParts => p !== undefined);
  const quote = known.map((p) => learnQuote(p.value)).find((q) => q !== undefined);
  const layouts = known.flatMap((p) => learnArrayLayout(p.value) ?? []);
  const allMultiline = layouts.length > 0 && layouts.every((l) => l.multiline);
  const array = (allMultiline ? layouts[0] : layouts.find((l) => !l.multiline)) ?? INLINE_ARRAY;
  return {
    assign: known[0]?.assign ?? ' = ',
    value: { quote: quote ?? 'basic', array, eol },
    dates: learnDateStyle(entries),
  };
}

/** The style of one entry as written, the file's style where the entry says nothing. */
export function learnEntryStyle(parts: TomlEntryParts, file: TomlFileStyle): TomlValueStyle {
  return {
    quote: learnQuote(parts.value) ?? file.value.quote,
    array: learnArrayLayout(parts.value) ?? file.value.array,
    eol: parts.eol || file.value.eol,
  };
}

/** The quote kind of the first string in a value as written, if it holds one. */
function learnQuote(value: string): TomlQuote | undefined {
  const first = /["']/.exec(value)?.[0];
  if (first === undefined) return undefined;
  return first === "'" ? 'literal' : 'basic';
}

function learnArrayLayout(value: string): TomlArrayLayout | undefined {
  if (!value.startsWith('[')) return undefined;
  if (!/[\r\n]/.test(value)) return { ...INLINE_ARRAY, padded: /^\[[ \t]+\S/.test(value) };
  const lines = splitLines(value).map((line) => line.replace(/\r?\n$|\r$/, ''));
  const items = lines.slice(1, -1).filter((line) => line.trim() !== '');
  const last = lines.at(-1) ?? ']';
  const lastLine = items.at(-1) ?? '';
  const hash = findTomlComment(lastLine);
  const lastItem = (hash < 0 ? lastLine : lastLine.slice(0, hash)).trimEnd();
  return {
    multiline: true,
    padded: false,
    indent: /^[ \t]*/.exec(items[0] ?? '')?.[0] ?? INLINE_ARRAY.indent,
    closeIndent: last.trimStart().startsWith(']') ? (/^[ \t]*/.exec(last)?.[0] ?? '') : '',
    trailingComma: lastItem.endsWith(','),
  };
}
