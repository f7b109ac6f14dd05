import { useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { setEditorLink } from '../../editor/set-editor-link';

interface LinkPromptProps {
  editor: Editor;
  onClose: () => void;
}

/**
 * Asks for the URL of the selection (Ctrl/Cmd-K). Enter applies it through the URL door, an empty
 * URL removes the link, Escape cancels; a refused URL shows why and keeps what was typed.
 */
export function LinkPrompt({ editor, onClose }: LinkPromptProps) {
  const current = editor.getAttributes('link')['href'];
  const [text, setText] = useState(typeof current === 'string' ? current : '');
  const [error, setError] = useState<string | undefined>();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      editor.commands.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const result = setEditorLink(editor, text);
      if (result.ok) onClose();
      else setError(result.message);
    }
  };

  return (
    <div className="link-prompt">
      <label>
        Link URL
        <input
          type="url"
          value={text}
          autoFocus
          aria-invalid={error !== undefined}
          aria-describedby={error ? 'link-prompt-error' : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setError(undefined);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <span className="hint">Enter to apply, empty to remove, Escape to cancel</span>
      {error && (
        <p id="link-prompt-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
