import { InputError } from '../errors';
import type { FrontMatterValue } from '../model/types';
import { isDateText } from './date-style';
import { isFrontMatterDate } from './is-front-matter-date';

export type TomlQuote = 'basic' | 'literal';

/** How an array is laid out: on one line, or one item a line as in `aliases = [\n    "/x"\n]`. */
export interface TomlArrayLayout {
  multiline: boolean;
  /** One line: blanks inside the brackets, `[ "a" ]`. */
  padded: boolean;
  /** Multi-line: the indentation of each item, of the closing bracket, and a comma after the last. */
  indent: string;
  closeIndent: string;
  trailingComma: boolean;
}

export interface TomlValueStyle {
  quote: TomlQuote;
  array: TomlArrayLayout;
  eol: string;
}

export const INLINE_ARRAY: TomlArrayLayout = {
  multiline: false,
  padded: false,
  indent: '    ',
  closeIndent: '',
  trailingComma: false,
};

const ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/** A literal string when asked for and possible (no `'`, no control character but tab). */
export function renderTomlString(text: string, quote: TomlQuote): string {
  // eslint-disable-next-line no-control-regex
  if (quote === 'literal' && !/['\x00-\x08\x0a-\x1f\x7f]/.test(text)) return `'${text}'`;
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/["\\\x00-\x1f\x7f]/g, (c) => ESCAPES[c] ?? unicodeEscape(c));
  return `"${escaped}"`;
}

function unicodeEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Writes a key bare when TOML allows it, else as a basic string. */
export function renderTomlKey(key: string): string {
  return /^[A-Za-z0-9_-]+$/.test(key) ? key : renderTomlString(key, 'basic');
}

export function renderTomlValue(value: FrontMatterValue, style: TomlValueStyle): string {
  if (typeof value === 'string') return renderTomlString(value, style.quote);
  if (typeof value === 'number') return renderTomlNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (isFrontMatterDate(value)) return renderTomlDate(value.date);
  const inner = { ...style, array: INLINE_ARRAY };
  if (Array.isArray(value))
    return renderArray(
      value.map((v) => renderTomlValue(v, inner)),
      style,
    );
  const pairs = Object.entries(value).map(
    ([k, v]) => `${renderTomlKey(k)} = ${renderTomlValue(v, inner)}`,
  );
  return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
}

function renderArray(items: string[], { array, eol }: TomlValueStyle): string {
  if (items.length === 0) return '[]';
  if (!array.multiline) return array.padded ? `[ ${items.join(', ')} ]` : `[${items.join(', ')}]`;
  const body = items.map((item) => array.indent + item).join(`,${eol}`);
  return `[${eol}${body}${array.trailingComma ? ',' : ''}${eol}${array.closeIndent}]`;
}

function renderTomlNumber(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Object.is(n, -0)) return '-0.0';
  if (Number.isSafeInteger(n)) return String(n);
  const text = String(n);
  // Integers beyond 2^53 are written as floats so that they read back as the same number.
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function renderTomlDate(text: string): string {
  if (!isDateText(text)) throw new InputError(`"${text}" is not a date that TOML can hold`);
  return text;
}
