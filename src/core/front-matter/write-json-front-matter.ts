import type { FrontMatter, LineEnding } from '../model/types';
import type { EntryRenderer } from './entry-renderer';
import { isJsonKeptWhole } from './json-kept-whole';
import { lineEnd } from './split-lines';

const COMMA_END = /(,?)([ \t]*(?:\r\n?|\n)?)$/;

/**
 * Writes JSON front matter: `{`, each entry's source (or the entry rendered) with a comma after
 * every entry but the last, then `close`. Read entries already have their commas, so an unedited
 * front matter comes back as read; front matter kept whole is written back as read.
 */
export function writeJsonFrontMatter(
  fm: FrontMatter,
  eol: LineEnding,
  render: () => EntryRenderer,
): string {
  if (isJsonKeptWhole(fm))
    return fm.open + fm.entries.map((e) => e.source ?? '').join('') + fm.close;
  const open = fm.open || '{';
  const last = fm.entries.length - 1;
  const entries = fm.entries.map((e, i) => {
    const source = e.source ?? render()(e.key, e.value);
    return source.replace(COMMA_END, (_all, _comma: string, end: string) =>
      i < last ? `,${end}` : end,
    );
  });
  return (lineEnd(open) ? open : open + eol) + entries.join('') + (fm.close || `}${eol}`);
}
