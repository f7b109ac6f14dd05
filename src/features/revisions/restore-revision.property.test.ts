// Restoring revision N gives exactly the export N recorded, whatever edits came before and after:
// random sessions on issue 056 (paste cards, drag cards, new sections, typing into summaries,
// undo and redo, exports and shares, restores of earlier revisions), through the editor store's
// own operations, with revisions taken by the app's own mechanism (startRevisionSnapshots) and
// stored in IndexedDB (Dexie over fake-indexeddb), so each snapshot is read back through the
// schema's door as the app reads it.

import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import type { Issue } from '../../core/model/types';
import { DexieIssueRepository } from '../../persistence/dexie-issue-repository';
import type { RevisionReason } from '../../persistence/issue-repository';
import { createEditorStore, type EditorStore } from '../../state/create-editor-store';
import { startRevisionSnapshots } from '../../state/revision-snapshots';
import { readCorpus } from '../../../test/support/corpus-fixture';
import { addLinkCards } from '../compose/add-link-cards';
import { restoreRevision } from './restore-revision';

const MINUTE = 60_000;
const original = readCorpus('056.md');

type Op =
  | { kind: 'paste'; n: number; titled: boolean }
  | { kind: 'drag'; card: number; section: number; index: number }
  | { kind: 'section'; n: number }
  | { kind: 'type'; card: number; text: string }
  | { kind: 'undo' | 'redo' }
  | { kind: 'keep'; reason: Extract<RevisionReason, 'exported' | 'shared'> }
  | { kind: 'restore'; pick: number };

const step = fc.record({
  minutes: fc.integer({ min: 0, max: 4 }),
  op: fc.oneof(
    fc.record({ kind: fc.constant('paste'), n: fc.nat(99), titled: fc.boolean() }),
    fc.record({ kind: fc.constant('drag'), card: fc.nat(), section: fc.nat(), index: fc.nat(9) }),
    fc.record({ kind: fc.constant('section'), n: fc.nat(99) }),
    fc.record({ kind: fc.constant('type'), card: fc.nat(), text: fc.string({ maxLength: 12 }) }),
    fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
    fc.record({ kind: fc.constant('keep'), reason: fc.constantFrom('exported', 'shared') }),
    fc.record({ kind: fc.constant('restore'), pick: fc.nat() }),
  ) as fc.Arbitrary<Op>,
});

function cardIds(issue: Issue): string[] {
  return issue.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'card').map((b) => b.id));
}

function pick<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

async function apply(store: EditorStore, repo: DexieIssueRepository, op: Op): Promise<void> {
  const s = store.getState();
  const card = 'card' in op ? pick(cardIds(s.issue), op.card) : undefined;
  switch (op.kind) {
    case 'paste': {
      const url = `https://aws.amazon.com/blogs/containers/post-${op.n}/`;
      addLinkCards(store, [op.titled ? { url, title: `Post ${op.n}` } : { url }]);
      return;
    }
    case 'drag': {
      const section = pick(s.issue.sections, op.section);
      if (card && section) s.moveBlock(card, section.id, op.index % (section.blocks.length + 1));
      return;
    }
    case 'section':
      s.addSection(`Section ${op.n}`);
      return;
    case 'type':
      if (card) s.setCardBullets(card, [{ depth: 1, content: [{ kind: 'text', text: op.text }] }]);
      return;
    case 'undo':
    case 'redo':
      s[op.kind]();
      return;
    case 'keep':
      return;
    case 'restore': {
      const revision = pick(await repo.listRevisions(s.issue.id), op.pick);
      if (revision) await restoreRevision(store, repo, revision.id);
    }
  }
}

/** A repository that notes, for each revision stored, the export of the issue it was given. */
function recordingRepository(recorded: Map<string, string>): DexieIssueRepository {
  const repo = new DexieIssueRepository({
    name: `restore-property-${Math.random()}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
  });
  const add = repo.addRevision.bind(repo);
  repo.addRevision = async (issueId, snapshot, reason) => {
    const text = exportIssue(snapshot);
    const meta = await add(issueId, snapshot, reason);
    recorded.set(meta.id, text);
    return meta;
  };
  return repo;
}

describe('restoring a revision', () => {
  it('gives exactly the export the revision recorded, after any session of edits', async () => {
    const opened = importIssue(original, { id: 'i056', now: 1 });
    expect(exportIssue(opened)).toBe(original);
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const recorded = new Map<string, string>();
        const repo = recordingRepository(recorded);
        let clock = 1_700_000_000_000;
        try {
          const store = createEditorStore(opened, {
            revision: await repo.put(opened),
            now: () => clock,
          });
          const snapshots = startRevisionSnapshots(store, repo, { editingMs: 5 * MINUTE });
          const seen = new Set([original]);
          for (const { minutes, op } of steps) {
            clock += minutes * MINUTE;
            await apply(store, repo, op);
            if (op.kind === 'keep') await snapshots.keep(op.reason);
            seen.add(exportIssue(store.getState().issue));
          }
          await snapshots.settled();
          snapshots.dispose();

          const kept = await repo.listRevisions(opened.id);
          const changed = store.getState().issue !== opened;
          // Every revision holds a version the editor showed; the oldest is the file as opened.
          for (const meta of kept) expect(seen.has(recorded.get(meta.id)!)).toBe(true);
          if (changed) expect(recorded.get(kept.at(-1)!.id)).toBe(original);
          for (const meta of kept) {
            expect((await restoreRevision(store, repo, meta.id)).outcome).toBe('restored');
            expect(exportIssue(store.getState().issue)).toBe(recorded.get(meta.id));
          }
        } finally {
          repo.close();
        }
      }),
      { numRuns: 30, seed: 6 },
    );
  }, 30_000);
});
