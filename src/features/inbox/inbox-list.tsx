// The candidates as a keyboard-driven list box, windowed: only the rows in view (plus a few)
// are rendered, each at a fixed height, so ten thousand candidates scroll and triage smoothly.
// Arrows, Page Up/Down, Home and End move; a number sends to that section; x discards.

import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { InboxEntry } from '../../persistence/inbox-store';
import { InboxRow, inboxRowId } from './inbox-row';
import { listWindow, scrollToShow } from './list-window';
import type { FeaturedScope } from './use-featured-scope';

export const ROW_HEIGHT = 112;
/** Used until the list box is measured (and in tests, where nothing has a size). */
const FALLBACK_VIEWPORT = 6 * ROW_HEIGHT;

interface InboxListProps {
  entries: readonly InboxEntry[];
  active: number;
  onActive: (index: number) => void;
  /** Number key 1-9: send the active candidate to that section. */
  onSend: (entry: InboxEntry, sectionNumber: number) => void;
  onDiscard: (entry: InboxEntry) => void;
  /** Where the rows' "already featured" badges look. */
  featured: FeaturedScope;
}

function moveFor(key: string, page: number): number | 'first' | 'last' | undefined {
  if (key === 'ArrowDown' || key === 'j') return 1;
  if (key === 'ArrowUp' || key === 'k') return -1;
  if (key === 'PageDown') return page;
  if (key === 'PageUp') return -page;
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  return undefined;
}

function useViewportHeight(box: RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(FALLBACK_VIEWPORT);
  useLayoutEffect(() => {
    const element = box.current;
    if (element === null) return;
    const measure = () => setHeight(element.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return height;
}

export function InboxList({
  entries,
  active,
  onActive,
  onSend,
  onDiscard,
  featured,
}: InboxListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useViewportHeight(box);
  const count = entries.length;
  const current = entries[active];

  useEffect(() => {
    const element = box.current;
    if (element === null || count === 0) return;
    const wanted = scrollToShow(active, element.scrollTop, viewport, ROW_HEIGHT);
    if (wanted !== element.scrollTop) {
      element.scrollTop = wanted;
      setScrollTop(wanted);
    }
  }, [active, count, viewport]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
    const move = moveFor(event.key, page);
    if (move !== undefined) {
      event.preventDefault();
      const target = move === 'first' ? 0 : move === 'last' ? count - 1 : active + move;
      onActive(Math.max(0, Math.min(count - 1, target)));
    } else if (current !== undefined && /^[1-9]$/.test(event.key)) {
      event.preventDefault();
      onSend(current, Number(event.key));
    } else if (current !== undefined && (event.key === 'x' || event.key === 'Delete')) {
      event.preventDefault();
      onDiscard(current);
    }
  };

  const { first, end } = listWindow(scrollTop, viewport, ROW_HEIGHT, count);
  const rows = [];
  for (let index = first; index < end; index++) {
    const entry = entries[index];
    if (entry === undefined) continue;
    rows.push(
      <InboxRow
        key={entry.id}
        entry={entry}
        index={index}
        count={count}
        active={index === active}
        style={{ position: 'absolute', top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
        onPick={onActive}
        featured={featured}
      />,
    );
  }

  return (
    <div
      ref={box}
      id="inbox-candidates"
      className="inbox-list"
      role="listbox"
      tabIndex={0}
      aria-label="Candidates"
      aria-activedescendant={current === undefined ? undefined : inboxRowId(current)}
      aria-describedby="inbox-keys"
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div className="inbox-list-inner" style={{ height: count * ROW_HEIGHT }}>
        {rows}
      </div>
    </div>
  );
}
