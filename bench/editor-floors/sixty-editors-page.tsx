// The floor for the editor's memory (see ../floor-bench.ts): sixty TipTap editors with the
// summary schema the app uses, one per card of the first 60 cards of corpus issues 064-078 (the
// cards the bench's synthetic issues repeat), each holding that card's bullets under its title,
// and nothing else: what an editor that mounted every card's editor would hold (Broadsheet mounts
// one only when a summary is focused).

import { createRoot } from 'react-dom/client';
import { EditorContent, useEditor } from '@tiptap/react';
import type { LinkCard } from '../../src/core/model/types';
import { importIssue } from '../../src/core/markdown/import-issue';
import { bulletsToDoc } from '../../src/editor/bullets-to-doc';
import { summaryExtensions } from '../../src/editor/summary-extensions';

const sources = import.meta.glob<string>('../../test/fixtures/eks-news/0{6[4-9],7[0-8]}.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const cards = Object.keys(sources)
  .sort()
  .flatMap((name) => importIssue(sources[name] ?? '').sections)
  .flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'card' ? [block] : [])))
  .slice(0, 60);

function CardEditor({ card }: { card: LinkCard }) {
  const editor = useEditor({
    extensions: summaryExtensions(),
    content: bulletsToDoc(card.bullets),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
  });
  return (
    <section>
      <h3>{card.title}</h3>
      <EditorContent editor={editor} />
    </section>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(cards.map((card) => <CardEditor key={card.id} card={card} />));
