// The floor for typing latency (see ../editor-bench.ts): one TipTap editor with the summary
// schema the app uses, holding the bullets of a corpus card, and nothing else: no store, no
// preview, no other cards. Built by the same Vite in the same run as the app it is compared with.

import { createRoot } from 'react-dom/client';
import { EditorContent, useEditor } from '@tiptap/react';
import { importIssue } from '../../src/core/markdown/import-issue';
import { bulletsToDoc } from '../../src/editor/bullets-to-doc';
import { summaryExtensions } from '../../src/editor/summary-extensions';
import issue078 from '../../test/fixtures/eks-news/078.md?raw';

const cards = importIssue(issue078).sections.flatMap((section) =>
  section.blocks.flatMap((block) => (block.kind === 'card' ? [block] : [])),
);
const bullets = cards.at(-1)?.bullets ?? [];

function BareEditor() {
  const editor = useEditor({
    extensions: summaryExtensions(),
    content: bulletsToDoc(bullets),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-label': 'Summary', 'aria-multiline': 'true' },
    },
  });
  return <EditorContent editor={editor} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<BareEditor />);
