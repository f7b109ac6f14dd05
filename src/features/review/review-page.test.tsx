// @vitest-environment jsdom
import { shareDictionaries } from '../../../test/helpers/share-dictionaries';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { onceLoader, RepositoryLoaderContext } from '../../components/repository-context';
import { exportIssue } from '../../core/markdown/export-issue';
import { decodeNotesLink } from '../../core/share/notes-link';
import { decodeShareLink, encodeShareLink, encodeShareLinkAs } from '../../core/share/share-link';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { ReviewPage } from './review-page';

// The reviewer's page in jsdom: good links, broken ones and hostile ones, a review file, notes
// and the copy into the reviewer's drafts. test/helpers/corpus.ts uses the URL global, which
// jsdom replaces, so the corpus is read by path here.

const corpus = (name: string) =>
  readFileSync(join(process.cwd(), 'test/fixtures/eks-news', name), 'utf8');
const loadDictionary = () => Promise.resolve(shareDictionaries.v2);

afterEach(cleanup);

function EditorStub() {
  return <p>Editor for {useParams().id}</p>;
}

async function openReview(hash: string, repository = new MemoryIssueRepository()) {
  const router = createMemoryRouter(
    [
      { path: '/preview', element: <ReviewPage loadDictionary={loadDictionary} /> },
      { path: '/issues/:id', element: <EditorStub /> },
    ],
    { initialEntries: [`/preview${hash}`] },
  );
  await act(async () => {
    render(
      <RepositoryLoaderContext value={onceLoader(async () => ({ repository, persistent: true }))}>
        <RouterProvider router={router} />
      </RepositoryLoaderContext>,
    );
  });
  return { router, repository };
}

describe('the review page', () => {
  it('shows a shared issue with its title, date, sections, cards and shortcode placeholders', async () => {
    await openReview(`#${encodeShareLink(corpus('056.md'), shareDictionaries)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'EKS News 056' })).toBeTruthy();
    expect(screen.getByText('June 9, 2023')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'AWS blogs' })).toBeTruthy();
    const card = screen.getByRole('link', { name: 'Happy 5th Birthday Amazon EKS!' });
    expect(card.getAttribute('href')).toBe(
      'https://aws.amazon.com/blogs/containers/happy-5th-birthday-amazon-eks/',
    );
    expect(card.getAttribute('target')).toBe('_blank');
    expect(card.closest('li')?.querySelector('ul li')?.textContent).toMatch(/^The service has/);
    expect(document.querySelector('[data-shortcode="eo"]')?.textContent).toBe('Shortcode: eo');
    expect(document.title).toBe('EKS News 056 · Review · Broadsheet');
  });

  it('reads old links (format 1) too', async () => {
    await openReview(`#${encodeShareLinkAs(corpus('010.md'), '1', shareDictionaries)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'EKS News 010' })).toBeTruthy();
  });

  const good = encodeShareLink(corpus('071.md'), shareDictionaries);
  const broken: Array<[string, string]> = [
    ['truncated to a length no link has', good.slice(0, 2 + 4 * 50 + 1)],
    ['cut short', good.slice(0, good.length - 40)],
    ['of a newer version', `7.${good.slice(2)}`],
    ['bad base64', `2.${good.slice(2, 40)}!!$$${good.slice(44)}`],
    [
      'changed in one character',
      `${good.slice(0, 60)}${good[60] === 'A' ? 'B' : 'A'}${good.slice(61)}`,
    ],
    ['not a link', 'hello-world'],
    ['a notes link', 'n1.AAAAAAAAAA'],
    ['empty after the version', '2.'],
  ];
  it.each(broken)('explains a link %s instead of showing it', async (_name, fragment) => {
    const expected = decodeShareLink(fragment, shareDictionaries);
    expect(expected.ok).toBe(false);
    await openReview(`#${fragment}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(expected.ok ? '' : expected.message);
    expect(
      screen.getByRole('heading', { level: 1, name: 'This issue could not be opened' }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open a review file' })).toBeTruthy();
  });

  it('shows hostile markup as text and never writes unsafe URLs', async () => {
    const hostile = [
      '+++',
      'title = "<img src=x onerror=alert(1)><script>alert(2)</script>"',
      '+++',
      '## <img src=y onerror=alert(3)>',
      '',
      '* [Click](javascript:alert(4))',
      '    * [data](data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==) and <script>alert(6)</script>',
      '* [ok](https://example.org/)',
      '',
      '<iframe src="javascript:alert(7)"></iframe>',
      '',
      '![x](javascript:alert(8)) <a href="javascript:alert(9)">a</a>',
    ].join('\n');
    await openReview(`#${encodeShareLink(hostile, shareDictionaries)}`);
    const title = await screen.findByRole('heading', { level: 1 });
    expect(title.textContent).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
    const article = document.querySelector('article') as HTMLElement;
    expect(article.querySelectorAll('img[src], script, iframe, [onerror]').length).toBe(0);
    const hrefs = [...article.querySelectorAll('[href], [src]')].map(
      (element) => element.getAttribute('href') ?? element.getAttribute('src'),
    );
    expect(hrefs).toEqual(['https://example.org/']);
    expect(within(article).getByText('Click')).toBeTruthy();
  });

  it('invites a link or a review file when the address carries none', async () => {
    await openReview('');
    expect(screen.getByRole('heading', { level: 1, name: 'Review an issue' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens a review file from the file picker', async () => {
    await openReview('');
    const input = screen.getByLabelText('Review file') as HTMLInputElement;
    const file = new File([corpus('056.md')], '056.review.md', { type: 'text/markdown' });
    await userEvent.upload(input, file);
    expect(await screen.findByRole('heading', { level: 1, name: 'EKS News 056' })).toBeTruthy();
  });

  it('refuses a binary file with a message', async () => {
    await openReview('');
    const input = screen.getByLabelText('Review file') as HTMLInputElement;
    await userEvent.upload(input, new File([new Uint8Array([0x89, 0x50, 0xff, 0x00])], 'x.md'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a review file/);
  });

  it('marks cards and sends the notes back as a link the editor can read', async () => {
    await openReview(`#${encodeShareLink(corpus('056.md'), shareDictionaries)}`);
    await screen.findByRole('heading', { level: 1, name: 'EKS News 056' });
    await userEvent.click(screen.getByRole('button', { name: 'Mark cards and leave notes' }));
    const first = await screen.findByRole('group', {
      name: 'Review of “AWS introduces container image signing”',
    });
    await userEvent.click(within(first).getByRole('button', { name: 'Fine' }));
    const second = screen.getByRole('group', { name: /Review of “Happy 5th Birthday/ });
    await userEvent.click(within(second).getByRole('button', { name: /Add a note/ }));
    await userEvent.type(within(second).getByRole('textbox'), 'Say which birthday.');
    expect(screen.getByText('1 card fine, 1 note')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Send notes back' }));
    const link = (await screen.findByLabelText('Notes link')) as HTMLInputElement;
    const fragment = link.value.slice(link.value.indexOf('#notes=') + '#notes='.length);
    const decoded = decodeNotesLink(fragment);
    expect(decoded.ok && decoded.notes.issueSlug).toBe('056');
    expect(decoded.ok && decoded.notes.cards.map((card) => [card.verdict, card.note])).toEqual([
      ['fine', undefined],
      [undefined, 'Say which birthday.'],
    ]);
  });

  it('copies the issue into the drafts after asking, then opens the editor', async () => {
    const markdown = corpus('056.md');
    const { repository, router } = await openReview(
      `#${encodeShareLink(markdown, shareDictionaries)}`,
    );
    await screen.findByRole('heading', { level: 1, name: 'EKS News 056' });
    await userEvent.click(screen.getByRole('button', { name: 'Open in editor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy this issue into your drafts?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await repository.listSummaries()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Open in editor' }));
    const again = await screen.findByRole('dialog');
    await userEvent.click(within(again).getByRole('button', { name: 'Copy to my drafts' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/issues\//));
    const [summary] = await repository.listSummaries();
    expect(router.state.location.pathname).toBe(`/issues/${summary?.id}`);
    const stored = await repository.get(summary?.id ?? '');
    expect(stored && exportIssue(stored.issue)).toBe(markdown);
  });
});
