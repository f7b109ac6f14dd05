// Who set an issue's status and when, beside the status (issue 14, item 5): "· set by Ana, 2 h
// ago", the exact time in the element's title and, for screen readers, in its text (the status
// select names it as its description). No name recorded is this browser's own change: "you".

import { timeAgo } from '../core/render/time-ago';

interface StatusStampProps {
  changedAt: number | undefined;
  setBy: string | undefined;
  /** The id the status select's aria-describedby points at. */
  id?: string;
  now?: number;
}

// Made on first use: the first DateTimeFormat of a page loads the locale's calendar data, some
// 10-30 ms that an issue without a stamp (most of them) need not pay while it opens.
let exactFormat: Intl.DateTimeFormat | undefined;
const formatExact = (at: number) =>
  (exactFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })).format(at);

export function StatusStamp({ changedAt, setBy, id, now = Date.now() }: StatusStampProps) {
  if (changedAt === undefined) return null;
  const exact = formatExact(changedAt);
  return (
    <span id={id} className="status-stamp" title={`Set ${exact}`}>
      · set by {setBy ?? 'you'},{' '}
      <time dateTime={new Date(changedAt).toISOString()}>{timeAgo(changedAt, now)}</time>
      <span className="visually-hidden"> ({exact})</span>
    </span>
  );
}
