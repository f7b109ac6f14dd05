import type { CSSProperties } from 'react';
import type { InboxEntry } from '../../persistence/inbox-store';
import { FeaturedBadge } from '../archive/featured-badge';
import type { FeaturedScope } from './use-featured-scope';

interface InboxRowProps {
  entry: InboxEntry;
  index: number;
  count: number;
  active: boolean;
  style: CSSProperties;
  onPick: (index: number) => void;
  /** Where its "already featured" badge looks: the target draft's newsletter. */
  featured: FeaturedScope;
}

export function inboxRowId(entry: InboxEntry): string {
  return `inbox-row-${entry.id}`;
}

/** One candidate: title, source, excerpt, link and whether an issue featured it already. */
export function InboxRow({ entry, index, count, active, style, onPick, featured }: InboxRowProps) {
  return (
    <div
      id={inboxRowId(entry)}
      role="option"
      aria-selected={active}
      aria-posinset={index + 1}
      aria-setsize={count}
      className={active ? 'inbox-row inbox-row-active' : 'inbox-row'}
      style={style}
      onMouseDown={() => onPick(index)}
    >
      <div className="inbox-row-head">
        <span className="inbox-row-title">{entry.title}</span>
        {entry.url !== undefined && featured.ready && (
          <FeaturedBadge
            url={entry.url}
            templateId={featured.templateId}
            newsletterNames={featured.newsletterNames}
          />
        )}
      </div>
      <div className="inbox-row-meta">
        {entry.source && <span className="inbox-row-source">{entry.source}</span>}
        {entry.url !== undefined ? (
          <span className="inbox-row-url">{entry.url}</span>
        ) : (
          <span className="inbox-row-url inbox-row-no-url">no link</span>
        )}
      </div>
      {entry.excerpt && <p className="inbox-row-excerpt">{entry.excerpt}</p>}
    </div>
  );
}
