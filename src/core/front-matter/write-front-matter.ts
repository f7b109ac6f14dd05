import type { FrontMatter, LineEnding } from '../model/types';
import { entryRenderer, type EntryRenderer } from './entry-renderer';
import { lineEnd } from './split-lines';
import { writeJsonFrontMatter } from './write-json-front-matter';

const FENCES = { toml: '+++', yaml: '---' } as const;

/**
 * Writes the front matter: `open`, each entry's source (or, for an entry without one, the entry
 * rendered in the style of the others) and `close`. An `open` without a line end gets `eol`, and
 * an empty `open` or `close` is written as the format's fence (JSON's `{` and `}`), so a front
 * matter built in code needs only its format and entries. Front matter that could not be read is
 * written back as read.
 */
export function writeFrontMatter(fm: FrontMatter, eol: LineEnding): string {
  if (fm.format === 'none') return '';
  if (fm.unreadable !== undefined) return fm.open;
  let render: EntryRenderer | undefined; // learned only when an entry has no source
  const renderer = () => (render ??= entryRenderer(fm, eol));
  if (fm.format === 'json') return writeJsonFrontMatter(fm, eol, renderer);
  const fence = FENCES[fm.format];
  const open = fm.open || fence;
  const entries = fm.entries.map((e) => e.source ?? renderer()(e.key, e.value));
  const close = fm.close || fence + eol;
  return (lineEnd(open) ? open : open + eol) + entries.join('') + close;
}
