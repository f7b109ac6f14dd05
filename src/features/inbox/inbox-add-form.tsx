// Adding candidates: paste links or text (a feed page, a digest) into the box, or load an RSS or
// Atom file. What cannot be read gives a message and adds nothing.

import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { InputError } from '../../core/errors';
import type { Candidate } from '../../core/inbox/candidate';
import {
  candidatesFromFeedFile,
  candidatesFromPaste,
  type CandidatesRead,
} from './read-candidates';
import type { AddResult } from './use-inbox';

interface InboxAddFormProps {
  onAdd: (candidates: readonly Candidate[]) => Promise<AddResult>;
}

interface Outcome {
  text: string;
  notes: string[];
  error: boolean;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function describeAdded(read: CandidatesRead, result: AddResult): string {
  const added = `Added ${plural(result.added, 'candidate', 'candidates')} from ${read.origin}.`;
  if (result.alreadyInInbox === 0) return added;
  return `${added} ${plural(result.alreadyInInbox, 'was', 'were')} in the inbox already.`;
}

function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const reason = error instanceof Error ? error.message : String(error);
  return `Nothing was added: ${reason}`;
}

export function InboxAddForm({ onAdd }: InboxAddFormProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const feedInput = useRef<HTMLInputElement>(null);

  const run = async (read: () => CandidatesRead | Promise<CandidatesRead>, clear: boolean) => {
    setBusy(true);
    try {
      const candidates = await read();
      const result = await onAdd(candidates.candidates);
      setOutcome({
        text: describeAdded(candidates, result),
        notes: candidates.notes,
        error: false,
      });
      if (clear) setText('');
    } catch (error) {
      setOutcome({ text: describeError(error), notes: [], error: true });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => candidatesFromPaste(text), true);
  };

  const onFeed = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file !== undefined) void run(() => candidatesFromFeedFile(file), false);
  };

  return (
    <form className="inbox-add" onSubmit={onSubmit} aria-label="Add candidates">
      <label htmlFor="inbox-paste">
        Paste links (one per line), text from a feed page, or a feed
      </label>
      <textarea
        id="inbox-paste"
        rows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="toolbar">
        <button type="submit" className="button button-primary" disabled={busy}>
          Add to inbox
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => feedInput.current?.click()}
        >
          Load a feed file
        </button>
        <input
          ref={feedInput}
          type="file"
          hidden
          accept=".xml,.rss,.atom,application/rss+xml,application/atom+xml,text/xml,application/xml"
          aria-label="RSS or Atom file"
          onChange={onFeed}
        />
      </div>
      {outcome && (
        <div
          role={outcome.error ? 'alert' : 'status'}
          className={outcome.error ? 'notice notice-error' : 'notice notice-success'}
        >
          <p>{outcome.text}</p>
          {outcome.notes.length > 0 && (
            <ul aria-label="Not added">
              {outcome.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
