// The floor for opening issue 056 (see ../floor-bench.ts): the issue as the reviewer's page
// renders it, in one TipTap editor with the starter kit, and nothing else: no store, no
// database, no cards. Built by the same Vite in the same run as the app it is compared with.

import { createRoot } from 'react-dom/client';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { importIssue } from '../../src/core/markdown/import-issue';
import { renderIssue } from '../../src/core/render/render-issue';
import issue056 from '../../test/fixtures/eks-news/056.md?raw';

const html = renderIssue(importIssue(issue056));

function OneEditor() {
  const editor = useEditor({
    extensions: [StarterKit],
    content: html,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
  });
  return <EditorContent editor={editor} />;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<OneEditor />);
