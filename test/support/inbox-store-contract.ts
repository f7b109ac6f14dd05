// The contract every InboxStore honours, written once and run against each implementation
// (memory-inbox-store.test.ts, dexie-inbox-store.test.ts). Test-only.

import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/core/inbox/candidate';
import type { InboxStore } from '../../src/persistence/inbox-store';
import { InvalidRecordError } from '../../src/core/model/schema/invalid-record-error';

export type InboxStoreFactory = () => InboxStore;

function candidate(n: number, parts: Partial<Candidate> = {}): Candidate {
  return {
    id: `cand-${n}`,
    title: `Article ${n}`,
    url: `https://example.com/articles/${n}`,
    source: 'example.com',
    excerpt: `The excerpt of article ${n}. It has two sentences.`,
    addedAt: 1_000 + n,
    ...parts,
  };
}

export function describeInboxStoreContract(name: string, make: InboxStoreFactory): void {
  describe(`${name}: the InboxStore contract`, () => {
    it('starts empty and lists candidates in the order they were added, across adds', async () => {
      const store = make();
      expect(await store.listInbox()).toEqual([]);
      const first = await store.addToInbox([candidate(3), candidate(1)]);
      await store.addToInbox([candidate(2)]);
      expect(first.map((e) => e.seq)).toEqual([1, 2]);
      const listed = await store.listInbox();
      expect(listed.map((e) => e.id)).toEqual(['cand-3', 'cand-1', 'cand-2']);
      expect(listed[0]).toEqual({ ...candidate(3), seq: 1 });
    });

    it('keeps a candidate without link or source as it was given', async () => {
      const store = make();
      const bare: Candidate = { id: 'bare', title: 'No link', excerpt: 'Text only.', addedAt: 5 };
      await store.addToInbox([bare]);
      const [stored] = await store.listInbox();
      expect(stored).toEqual({ ...bare, seq: 1 });
      expect(stored).not.toHaveProperty('url');
    });

    it('adds nothing when one candidate of a batch is invalid', async () => {
      const store = make();
      await store.addToInbox([candidate(1)]);
      const broken = { ...candidate(3), title: 42 } as unknown as Candidate;
      const error = await store.addToInbox([candidate(2), broken]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as Error).message).toBe('inbox[1].title: expected a string, found number');
      expect((await store.listInbox()).map((e) => e.id)).toEqual(['cand-1']);
    });

    it('removes candidates by id and restores them in their old places', async () => {
      const store = make();
      await store.addToInbox([candidate(1), candidate(2), candidate(3), candidate(4)]);
      const [, second, third] = await store.listInbox();
      await store.removeFromInbox(['cand-2', 'cand-3', 'no-such-candidate']);
      expect((await store.listInbox()).map((e) => e.id)).toEqual(['cand-1', 'cand-4']);
      await store.addToInbox([candidate(5)]);
      await store.restoreToInbox([third!, second!]);
      const ids = (await store.listInbox()).map((e) => e.id);
      expect(ids).toEqual(['cand-1', 'cand-2', 'cand-3', 'cand-4', 'cand-5']);
    });

    it('keeps what is stored apart from the objects callers hold', async () => {
      const store = make();
      const given = candidate(1);
      const [added] = await store.addToInbox([given]);
      given.title = 'changed after the add';
      added!.excerpt = 'changed after the add';
      const [listed] = await store.listInbox();
      listed!.url = 'changed after the list';
      expect(await store.listInbox()).toEqual([{ ...candidate(1), seq: 1 }]);
    });

    it('holds ten thousand candidates in order', async () => {
      const store = make();
      const many = Array.from({ length: 10_000 }, (_, i) => candidate(i));
      await store.addToInbox(many);
      const listed = await store.listInbox();
      expect(listed).toHaveLength(10_000);
      expect(listed[9_999]).toEqual({ ...candidate(9_999), seq: 10_000 });
    });
  });
}
