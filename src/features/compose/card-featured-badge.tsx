import { FeaturedBadge } from '../archive/featured-badge';
import { useEditorState } from './editor-store-context';

/**
 * The "already featured" badge of a card's URL ("in #054", linking to that issue's preview),
 * within the issue's newsletter. It keeps the answer the link index gave when the editor opened:
 * the open issue is saved every second while typing, and a 500-card issue has 500 of these, asked
 * in one query.
 */
export function CardFeaturedBadge({ url, issueId }: { url: string; issueId: string }) {
  const templateId = useEditorState((state) => state.config.template.id);
  return <FeaturedBadge url={url} issueId={issueId} templateId={templateId} once />;
}
