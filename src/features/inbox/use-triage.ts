// Triage actions on the inbox: send the active candidate to a section of the target draft, or
// discard it. The candidate leaves the list at once so the editor can keep going; the writes run
// one after another in the background, and a failed send puts the candidate back with the reason.
// A candidate without a link opens its new card in the editor with the URL field focused.

import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useRepository } from '../../components/repository-context';
import type { Section } from '../../core/model/types';
import type { InboxEntry } from '../../persistence/inbox-store';
import { sendCandidate } from './send-candidate';
import type { InboxState } from './use-inbox';

export interface TriageMessage {
  text: string;
  error?: boolean;
  /** Entries an Undo puts back in the inbox. */
  undo?: InboxEntry[];
}

export interface Triage {
  message: TriageMessage | undefined;
  send: (entry: InboxEntry, section: Section) => void;
  discard: (entry: InboxEntry) => void;
  undo: () => void;
}

/** Where the editor opens a new card with its URL field focused. */
export function cardUrlPath(issueId: string, cardId: string): string {
  return `/issues/${encodeURIComponent(issueId)}#card-${cardId}-url`;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useTriage(inbox: InboxState, targetId: string | undefined): Triage {
  const repository = useRepository();
  const navigate = useNavigate();
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [message, setMessage] = useState<TriageMessage | undefined>(undefined);

  const enqueue = useCallback((task: () => Promise<void>) => {
    queue.current = queue.current.then(task, task);
  }, []);

  const send = useCallback(
    (entry: InboxEntry, section: Section) => {
      if (targetId === undefined) {
        setMessage({ text: 'Choose a draft to send candidates to first.', error: true });
        return;
      }
      inbox.hide([entry]);
      enqueue(async () => {
        try {
          const sent = await sendCandidate(repository, targetId, section.id, entry);
          await inbox.remove([entry]).catch(() => undefined);
          const where = `“${entry.title}” went to ${sent.sectionHeading}`;
          if (sent.needsUrl) {
            setMessage({ text: `${where}. It has no link yet: opening the card to add one.` });
            void navigate(cardUrlPath(sent.issueId, sent.cardId));
          } else {
            setMessage({ text: `${where}.` });
          }
        } catch (error) {
          inbox.unhide([entry]);
          setMessage({ text: `“${entry.title}” was not sent: ${describe(error)}.`, error: true });
        }
      });
    },
    [enqueue, inbox, navigate, repository, targetId],
  );

  const discard = useCallback(
    (entry: InboxEntry) => {
      inbox.remove([entry]).then(
        () => setMessage({ text: `Discarded “${entry.title}”.`, undo: [entry] }),
        (error: unknown) =>
          setMessage({
            text: `“${entry.title}” could not be discarded: ${describe(error)}.`,
            error: true,
          }),
      );
    },
    [inbox],
  );

  const undo = useCallback(() => {
    const back = message?.undo;
    if (back === undefined) return;
    setMessage(undefined);
    enqueue(() =>
      inbox.restore(back).catch((error: unknown) => {
        setMessage({ text: `The undo failed: ${describe(error)}.`, error: true });
      }),
    );
  }, [enqueue, inbox, message]);

  return { message, send, discard, undo };
}
