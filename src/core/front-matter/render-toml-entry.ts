import type { FrontMatterValue } from '../model/types';
import type { TomlFileStyle } from './learn-toml-style';
import { learnEntryStyle } from './learn-toml-style';
import { renderTomlKey, renderTomlValue } from './render-toml-value';
import { splitTomlEntry } from './split-toml-entry';

/**
 * Writes a `key = value` entry. An edited entry (`previous` is its old source) keeps its comment
 * lines, key text, spacing around `=`, trailing comment, quote kind and array layout; a new one
 * is written in the file's style.
 */
export function renderTomlEntry(
  key: string,
  value: FrontMatterValue,
  previous: string | undefined,
  file: TomlFileStyle,
): string {
  const parts = previous === undefined ? undefined : splitTomlEntry(previous);
  if (!parts) {
    return `${renderTomlKey(key)}${file.assign}${renderTomlValue(value, file.value)}${file.value.eol}`;
  }
  const text = renderTomlValue(value, learnEntryStyle(parts, file));
  return `${parts.trivia}${parts.key}${parts.assign}${text}${parts.comment}${parts.eol || file.value.eol}`;
}
