// The inbox, `/inbox`: candidates gathered from pasted links or text and from feeds, triaged by
// keyboard into the sections of a chosen draft. Each sent candidate becomes a card with a first
// summary bullet drafted from its excerpt.

import { useState } from 'react';
import { Link } from 'react-router';
import { QueryProvider } from '../../components/query-provider';
import type { InboxEntry } from '../../persistence/inbox-store';
import { CandidateLinkForm } from './candidate-link-form';
import { InboxAddForm } from './inbox-add-form';
import { InboxList } from './inbox-list';
import { TriageKeys } from './triage-keys';
import { useInbox } from './use-inbox';
import { useFeaturedScope } from './use-featured-scope';
import { useTargetDraft } from './use-target-draft';
import { useTriage } from './use-triage';
import './inbox.css';

export function InboxPage() {
  return (
    <QueryProvider>
      <Inbox />
    </QueryProvider>
  );
}

function Inbox() {
  const inbox = useInbox();
  const target = useTargetDraft();
  const triage = useTriage(inbox, target.targetId);
  const featured = useFeaturedScope(target.templateId);
  const [active, setActive] = useState(0);
  const entries = inbox.entries ?? [];
  const activeIndex = Math.min(active, Math.max(0, entries.length - 1));
  const current = entries[activeIndex];

  const sendTo = (entry: InboxEntry, sectionNumber: number) => {
    const section = target.sections[sectionNumber - 1];
    if (section !== undefined) triage.send(entry, section);
  };

  return (
    <main className="page page-inbox">
      <title>Inbox · Broadsheet</title>
      <div className="page-head">
        <h1>Inbox</h1>
        <p className="inbox-count">
          {inbox.entries === undefined ? 'Loading…' : `${entries.length} to triage`}
        </p>
      </div>
      <InboxAddForm onAdd={inbox.add} />
      {inbox.loadError && (
        <p role="alert" className="notice notice-error">
          The inbox could not be read: {inbox.loadError}
        </p>
      )}
      <section className="inbox-triage" aria-label="Triage">
        <div className="inbox-target">
          <label htmlFor="inbox-target">Send to draft</label>{' '}
          {target.drafts.length > 0 ? (
            <select
              id="inbox-target"
              value={target.targetId}
              onChange={(event) => target.choose(event.target.value)}
            >
              {target.drafts.map((draft) => (
                <option key={draft.id} value={draft.id}>
                  {draft.label}
                </option>
              ))}
            </select>
          ) : (
            <span>
              {target.ready ? 'no draft yet: ' : 'loading drafts…'}
              {target.ready && <Link to="/">start one in the library</Link>}
            </span>
          )}
        </div>
        <TriageKeys
          sections={target.sections}
          disabled={current === undefined || target.targetId === undefined}
          onSection={(section) => current && triage.send(current, section)}
          onDiscard={() => current && triage.discard(current)}
        />
        {triage.linkWanted && (
          <CandidateLinkForm
            key={triage.linkWanted.entry.id}
            wanted={triage.linkWanted}
            onSend={({ entry, section }, url) => triage.send({ ...entry, url }, section)}
            onCancel={() => {
              triage.cancelLink();
              document.getElementById('inbox-candidates')?.focus();
            }}
          />
        )}
        <div className="inbox-message" aria-live="polite">
          {triage.message && (
            <p className={triage.message.error ? 'notice notice-error' : 'notice notice-success'}>
              {triage.message.text}{' '}
              {triage.message.undo && (
                <button type="button" className="button button-small" onClick={triage.undo}>
                  Undo
                </button>
              )}
            </p>
          )}
        </div>
        {inbox.entries !== undefined && entries.length === 0 ? (
          <p className="empty">The inbox is empty. Paste links or text above, or load a feed.</p>
        ) : (
          <InboxList
            entries={entries}
            active={activeIndex}
            onActive={setActive}
            onSend={sendTo}
            onDiscard={triage.discard}
            featured={featured}
          />
        )}
      </section>
    </main>
  );
}
