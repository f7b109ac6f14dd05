import { useEditorState } from './editor-store-context';

const FORMAT_NAMES = { toml: 'TOML', yaml: 'YAML', json: 'JSON', none: '' } as const;

/**
 * Front matter that could not be read (bad TOML, YAML or JSON): its text as written, read-only,
 * with the reason. It is exported unchanged; it can only be fixed in the file.
 */
export function UnreadableFrontMatter({ reason }: { reason: string }) {
  const text = useEditorState((s) => s.issue.frontMatter.open);
  const format = useEditorState((s) => FORMAT_NAMES[s.issue.frontMatter.format]);
  return (
    <div className="unreadable-front-matter">
      <p className="hint" id="front-matter-unreadable" role="note">
        This {format} front matter could not be read: {reason}. It is shown read-only and exported
        exactly as written; fix it in the file.
      </p>
      <pre
        tabIndex={0}
        aria-label={`${format} front matter as written`}
        aria-describedby="front-matter-unreadable"
      >
        {text}
      </pre>
    </div>
  );
}
