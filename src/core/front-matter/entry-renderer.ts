import type { FrontMatter, FrontMatterValue, LineEnding } from '../model/types';
import { DEFAULT_JSON_STYLE, learnJsonStyle } from './learn-json-style';
import { learnTomlStyle } from './learn-toml-style';
import { DEFAULT_YAML_STYLE, learnYamlStyle } from './learn-yaml-style';
import { renderJsonEntry } from './render-json-entry';
import { renderTomlEntry } from './render-toml-entry';
import { renderYamlEntry } from './render-yaml-entry';

/** Writes one entry; `previous` is the source of the entry it replaces, if any. */
export type EntryRenderer = (key: string, value: FrontMatterValue, previous?: string) => string;

/** A renderer for entries of this front matter, in the style learned from its entries. */
export function entryRenderer(fm: FrontMatter, eol: LineEnding): EntryRenderer {
  if (fm.format === 'yaml') {
    const sources = fm.entries.map((e) => e.source ?? '').join('');
    const style = learnYamlStyle(sources, { ...DEFAULT_YAML_STYLE, eol });
    return (key, value, previous) => renderYamlEntry(key, value, previous, { ...style, eol });
  }
  if (fm.format === 'json') {
    const sources = fm.entries.map((e) => e.source ?? '');
    const style = learnJsonStyle(sources, { ...DEFAULT_JSON_STYLE, eol });
    return (key, value, previous) => renderJsonEntry(key, value, previous, style);
  }
  const style = learnTomlStyle(fm.entries, eol);
  return (key, value, previous) => renderTomlEntry(key, value, previous, style);
}
