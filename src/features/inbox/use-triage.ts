// Triage actions on the inbox: send the active candidate to a section of the target draft, or
// discard it. The candidate leaves the list at once so the editor can keep going; the writes run
// one after another in the background, and a failed send puts the candidate back with the reason.
// A candidate without a link stays in the inbox and asks for one (see candidate-link-form.tsx);
// it is sent once it has one.

import { useCallback, useRef, useState } from 'react';
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

/** A candidate without a link, held until the editor gives it one. */
export interface LinkWanted {
  entry: InboxEntry;
  section: Section;
}

export interface Triage {
  message: TriageMessage | undefined;
  linkWanted: LinkWanted | undefined;
  /** Drops the held candidate; it stays in the inbox. */
  cancelLink: () => void;
  send: (entry: InboxEntry, section: Section) => void;
  discard: (entry: InboxEntry) => void;
  undo: () => void;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useTriage(inbox: InboxState, targetId: string | undefined): Triage {
  const repository = useRepository();
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [message, setMessage] = useState<TriageMessage | undefined>(undefined);
  const [linkWanted, setLinkWanted] = useState<LinkWanted | undefined>(undefined);

  const enqueue = useCallback((task: () => Promise<void>) => {
    queue.current = queue.current.then(task, task);
  }, []);

  const send = useCallback(
    (entry: InboxEntry, section: Section) => {
      if (targetId === undefined) {
        setMessage({ text: 'Choose a draft to send candidates to first.', error: true });
        return;
      }
      if (!entry.url) {
        setMessage(undefined);
        setLinkWanted({ entry, section });
        return;
      }
      setLinkWanted(undefined);
      inbox.hide([entry]);
      enqueue(async () => {
        try {
          const sent = await sendCandidate(repository, targetId, section.id, entry);
          await inbox.remove([entry]).catch(() => undefined);
          setMessage({ text: `“${entry.title}” went to ${sent.sectionHeading}.` });
        } catch (error) {
          inbox.unhide([entry]);
          setMessage({ text: `“${entry.title}” was not sent: ${describe(error)}.`, error: true });
        }
      });
    },
    [enqueue, inbox, repository, targetId],
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

  const cancelLink = useCallback(() => setLinkWanted(undefined), []);

  return { message, linkWanted, cancelLink, send, discard, undo };
}
