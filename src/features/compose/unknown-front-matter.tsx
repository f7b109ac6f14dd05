import { useShallow } from 'zustand/react/shallow';
import type { FrontMatterEntry } from '../../core/model/types';
import { useEditorState } from './editor-store-context';

/** The keys the form edits; every other key is shown read-only and written back as it was. */
export const KNOWN_FRONT_MATTER_KEYS = new Set([
  'title',
  'slug',
  'date',
  'author',
  'description',
  'categories',
  'draft',
]);

export function UnknownFrontMatter() {
  const entries = useEditorState(
    useShallow((s) =>
      s.issue.frontMatter.entries.filter((e) => !KNOWN_FRONT_MATTER_KEYS.has(e.key)),
    ),
  );
  if (entries.length === 0) return null;
  return (
    <div className="unknown-keys">
      <h3>Other keys</h3>
      <p className="hint">Kept exactly as written in the file.</p>
      <dl>
        {entries.map((entry, i) => (
          <div key={`${entry.key}-${i}`}>
            <dt>{entry.key}</dt>
            <dd>
              <code>{shown(entry)}</code>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function shown(entry: FrontMatterEntry): string {
  const source = entry.source?.trim();
  // A JSON entry's source ends with the comma before the next key: not part of the value.
  if (source?.startsWith('"'))
    return source.replace(/^"(?:[^"\\]|\\.)*"\s*:\s*/, '').replace(/,$/, '');
  if (source) return source.replace(/^[^=:]*[=:]\s*/, '');
  return JSON.stringify(entry.value);
}
