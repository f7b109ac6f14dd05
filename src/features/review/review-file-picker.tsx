import { useRef } from 'react';

// "Open a review file": the file a too-long share link is replaced by. Also opened by dropping
// it anywhere on the page (see ReviewPage).

export function ReviewFilePicker({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Open a review file
      </button>
      <input
        ref={input}
        hidden
        type="file"
        aria-label="Review file"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
