import { memo } from 'react';
import { CardView } from './card-view';
import { ProseView } from './prose-view';
import { RawView } from './raw-view';
import { useBlock } from './use-block';

/**
 * One block, looked up by id: the subscription selects this block only, so an edit elsewhere
 * does not re-render it.
 */
export const BlockView = memo(function BlockView({ blockId }: { blockId: string }) {
  const block = useBlock(blockId);
  if (!block) return null;
  switch (block.kind) {
    case 'card':
      return <CardView card={block} />;
    case 'prose':
      return <ProseView block={block} />;
    case 'raw':
      return <RawView block={block} />;
  }
});
