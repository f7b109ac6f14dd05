// The inbox as the screen holds it: the stored candidates, read as a query each time the inbox
// opens, and the writes that keep storage in step. Changes show at once (in the query's data) and
// are put back on screen if storage refuses them.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useRepository } from '../../components/repository-context';
import type { Candidate } from '../../core/inbox/candidate';
import { normalizeUrl } from '../../core/links/normalize-url';
import type { InboxEntry } from '../../persistence/inbox-store';
import { inboxStoreFor } from '../../persistence/inbox-store-for';

export interface AddResult {
  added: number;
  /** Candidates left out because their link is in the inbox already. */
  alreadyInInbox: number;
}

export interface InboxState {
  /** Undefined until the stored inbox has been read. */
  entries: InboxEntry[] | undefined;
  loadError: string | undefined;
  add: (candidates: readonly Candidate[]) => Promise<AddResult>;
  /** Takes entries off the screen only (while they are being sent). */
  hide: (entries: readonly InboxEntry[]) => void;
  /** Shows hidden entries again in their places. */
  unhide: (entries: readonly InboxEntry[]) => void;
  /** Removes from the screen at once and from storage; shows them again if storage refuses. */
  remove: (entries: readonly InboxEntry[]) => Promise<void>;
  /** Puts removed entries back in storage and on screen (undo). */
  restore: (entries: readonly InboxEntry[]) => Promise<void>;
}

function bySeq(a: InboxEntry, b: InboxEntry): number {
  return a.seq - b.seq;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const inboxKey = ['inbox'] as const;

export function useInbox(): InboxState {
  const repository = useRepository();
  const store = useMemo(() => inboxStoreFor(repository), [repository]);
  const client = useQueryClient();
  const query = useQuery({ queryKey: inboxKey, queryFn: () => store.listInbox() });
  const entries = query.data;
  const loadError = query.error ? describe(query.error) : undefined;
  const setEntries = useCallback(
    (change: (previous: InboxEntry[] | undefined) => InboxEntry[] | undefined) =>
      client.setQueryData<InboxEntry[]>(inboxKey, change),
    [client],
  );

  const add = useCallback(
    async (candidates: readonly Candidate[]): Promise<AddResult> => {
      const known = new Set(
        (entries ?? []).flatMap((e) => (e.url === undefined ? [] : [normalizeUrl(e.url)])),
      );
      const fresh = candidates.filter(
        (c) => c.url === undefined || !known.has(normalizeUrl(c.url)),
      );
      const stored = fresh.length === 0 ? [] : await store.addToInbox(fresh);
      setEntries((previous) => [...(previous ?? []), ...stored]);
      return { added: stored.length, alreadyInInbox: candidates.length - fresh.length };
    },
    [entries, setEntries, store],
  );

  const hide = useCallback(
    (gone: readonly InboxEntry[]) => {
      const ids = new Set(gone.map((e) => e.id));
      setEntries((previous) => previous?.filter((e) => !ids.has(e.id)));
    },
    [setEntries],
  );

  const unhide = useCallback(
    (back: readonly InboxEntry[]) => {
      const ids = new Set(back.map((e) => e.id));
      setEntries((previous) =>
        [...(previous ?? []).filter((e) => !ids.has(e.id)), ...back].sort(bySeq),
      );
    },
    [setEntries],
  );

  const remove = useCallback(
    async (gone: readonly InboxEntry[]) => {
      hide(gone);
      try {
        await store.removeFromInbox(gone.map((e) => e.id));
      } catch (error) {
        unhide(gone);
        throw error;
      }
    },
    [hide, store, unhide],
  );

  const restore = useCallback(
    async (back: readonly InboxEntry[]) => {
      await store.restoreToInbox(back);
      unhide(back);
    },
    [store, unhide],
  );

  return { entries, loadError, add, hide, unhide, remove, restore };
}
