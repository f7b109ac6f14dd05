import { InputError } from '../errors';
import type { FrontMatterValue } from '../model/types';
import { isFrontMatterDate } from './is-front-matter-date';
import { JSON_KEY_LINE, learnJsonStyle, type JsonStyle } from './learn-json-style';

/**
 * Writes a `"key": value` entry, without its comma (the writer puts commas where JSON needs
 * them). An edited entry (`previous` is its old source) keeps the blank lines before it, its key
 * text, indentation, colon spacing and the layout of its value; a new one follows the file.
 */
export function renderJsonEntry(
  key: string,
  value: FrontMatterValue,
  previous: string | undefined,
  file: JsonStyle,
): string {
  const style = previous === undefined ? file : learnJsonStyle([previous], file);
  const at = previous?.search(JSON_KEY_LINE) ?? -1;
  const trivia = previous !== undefined && at > 0 ? previous.slice(0, at) : '';
  const keyText = (previous && JSON_KEY_LINE.exec(previous)?.[2]) || JSON.stringify(key);
  const text = renderJsonValue(value, style, style.indent);
  return `${trivia}${style.indent}${keyText}${style.colon}${text}${style.eol}`;
}

function renderJsonValue(value: FrontMatterValue, style: JsonStyle, indent: string): string {
  if (isFrontMatterDate(value)) return JSON.stringify(value.date);
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new InputError(`${value} cannot be written in JSON`);
  }
  if (typeof value !== 'object') return JSON.stringify(value);
  const array = Array.isArray(value);
  const items = array
    ? value.map((item) => (inner: string) => renderJsonValue(item, style, inner))
    : Object.entries(value).map(
        ([k, v]) =>
          (inner: string) =>
            `${JSON.stringify(k)}${style.colon}${renderJsonValue(v, style, inner)}`,
      );
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (!style.multiline)
    return open + items.map((item) => item(indent)).join(style.separator) + close;
  const inner = indent + style.unit;
  const lines = items.map((item) => inner + item(inner)).join(`,${style.eol}`);
  return `${open}${style.eol}${lines}${style.eol}${indent}${close}`;
}
