import type { CSSProperties } from 'react';
import type { InboxEntry } from '../../persistence/inbox-store';
import { FeaturedBadge } from '../archive/featured-badge';

interface InboxRowProps {
  entry: InboxEntry;
  index: number;
  count: number;
  active: boolean;
  style: CSSProperties;
  onPick: (index: number) => void;
}

export function inboxRowId(entry: InboxEntry): string {
  return `inbox-row-${entry.id}`;
}

/** One candidate: title, source, excerpt, link and whether an issue featured it already. */
export function InboxRow({ entry, index, count, active, style, onPick }: InboxRowProps) {
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
        {entry.url !== undefined && <FeaturedBadge url={entry.url} />}
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
