// The "Import" button opens the browser's file chooser through a hidden file input, so the
// visible control is an ordinary, well-named button.

import { useRef, type ChangeEvent } from 'react';

interface ImportButtonProps {
  busy: boolean;
  onFiles: (files: File[]) => void;
}

export function ImportButton({ busy, onFiles }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    onFiles(files);
  };
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => input.current?.click()}
        disabled={busy}
        aria-describedby="import-hint"
      >
        {busy ? 'Importing…' : 'Import'}
      </button>
      <span id="import-hint" className="visually-hidden">
        Choose one or more markdown files
      </span>
      <input
        ref={input}
        type="file"
        multiple
        accept=".md,text/markdown"
        hidden
        aria-label="Markdown files to import"
        onChange={onChange}
      />
    </>
  );
}
