import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../test/helpers/corpus';
import { importIssue } from '../../core/markdown/import-issue';
import { blockById } from '../../state/block-index';
import { createEditorStore, type EditorStore } from '../../state/create-editor-store';
import { fillGuessedTitles } from './fill-guessed-titles';

const settings = { server: 'wss://team.example.org', token: 'editor-token-1' };
const PAGE = 'https://aws.amazon.com/blogs/containers/some-new-thing/';

interface Asked {
  url: string;
  authorization: string | null;
}

/** A fetch that answers as the workspace server would, and records what it was asked. */
function fakeFetch(answer: (page: string) => Response | Promise<Response>) {
  const asked: Asked[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    asked.push({ url, authorization: new Headers(init?.headers).get('authorization') });
    return answer(new URL(url).searchParams.get('url') ?? '');
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function titleOf(store: EditorStore, id: string): string | undefined {
  const block = blockById(store.getState().issue, id)?.block;
  return block?.kind === 'card' ? block.title : undefined;
}

function editorWithPastedCard() {
  const store = createEditorStore(importIssue(readCorpus('056.md')));
  const id = store.getState().addLinkCard(PAGE) ?? '';
  const title = () => titleOf(store, id);
  const announced = () => store.getState().announcement?.message;
  return { store, id, title, announced };
}

describe('fillGuessedTitles', () => {
  it('asks the server over http(s) with the editor token and puts the page title in', async () => {
    const { store, id, title } = editorWithPastedCard();
    const guessed = title();
    const { fetch, asked } = fakeFetch(() => json(200, { title: '  EKS gets a new thing ' }));
    await fillGuessedTitles(store, settings, [id], { fetch });
    expect(asked).toEqual([
      {
        url: `https://team.example.org/title?url=${encodeURIComponent(PAGE)}`,
        authorization: 'Bearer editor-token-1',
      },
    ]);
    expect(guessed).not.toBe('EKS gets a new thing');
    expect(title()).toBe('EKS gets a new thing');
  });

  it('never overwrites a title the editor changed while the server was asked', async () => {
    const { store, id, title } = editorWithPastedCard();
    let release: () => void = () => {};
    const { fetch } = fakeFetch(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return json(200, { title: 'From the page' });
    });
    const filling = fillGuessedTitles(store, settings, [id], { fetch });
    store.getState().updateCardFields(id, { title: 'Typed by the editor' });
    release();
    await filling;
    expect(title()).toBe('Typed by the editor');
  });

  it('keeps the guesses and says why once when the server refuses the token', async () => {
    const { store, id, title, announced } = editorWithPastedCard();
    const other = store.getState().addLinkCard('https://example.com/another-page') ?? '';
    const guesses = [title(), titleOf(store, other)];
    const before = store.getState().announcement?.seq ?? 0;
    const { fetch, asked } = fakeFetch(() => json(401, { message: 'Not allowed.' }));
    await fillGuessedTitles(store, settings, [id, other], { fetch });
    expect(asked).toHaveLength(2);
    expect([title(), titleOf(store, other)]).toEqual(guesses);
    expect(announced()).toBe(
      'No title: the workspace server refused this browser’s token. The title guessed from the link stays.',
    );
    expect(store.getState().announcement?.seq).toBe(before + 1);
  });

  it('passes on the server’s message, and refuses a title that fails the check', async () => {
    const { store, id, title, announced } = editorWithPastedCard();
    const guessed = title();
    const message = 'No title: the address is on a private network.';
    await fillGuessedTitles(store, settings, [id], {
      fetch: fakeFetch(() => json(422, { message })).fetch,
    });
    expect(announced()).toBe(`${message} The title guessed from the link stays.`);
    await fillGuessedTitles(store, settings, [id], {
      fetch: fakeFetch(() => json(200, { title: 'bad\u0000title' })).fetch,
    });
    expect(announced()).toBe(
      'No title: the workspace server gave none. The title guessed from the link stays.',
    );
    expect(title()).toBe(guessed);
  });

  it('gives up when the server does not answer in time', async () => {
    const { store, id, title, announced } = editorWithPastedCard();
    const guessed = title();
    const fetch = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      )) as typeof globalThis.fetch;
    await fillGuessedTitles(store, settings, [id], { fetch, timeoutMs: 50 });
    expect(announced()).toBe(
      'No title: the workspace server did not answer within 0.05 s. The title guessed from the link stays.',
    );
    expect(title()).toBe(guessed);
  });

  it('notes the failure on the card, and a later fetch that brings the title clears it', async () => {
    const { store, id, title } = editorWithPastedCard();
    const guessed = title();
    const note = () => store.getState().titleNotes[id];
    const slow = fakeFetch(() =>
      json(422, { message: 'No title: the page did not answer within 5 s.' }),
    );
    await fillGuessedTitles(store, settings, [id], { fetch: slow.fetch });
    expect(note()).toEqual({ reason: 'the page did not answer within 5 s', title: guessed });
    const answered = fakeFetch(() => json(200, { title: 'Some new thing' }));
    await fillGuessedTitles(store, settings, [id], { fetch: answered.fetch });
    expect(title()).toBe('Some new thing');
    expect(note()).toBeUndefined();
  });
});
