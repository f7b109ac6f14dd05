// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { eksNewsTemplate } from '../../core/template/eks-news';
import { newIssue } from '../../core/template/new-issue';
import type { Issue, LinkCard } from '../../core/model/types';
import { inboxStoreFor } from '../../persistence/inbox-store-for';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { readCorpus, readSeed } from '../../../test/support/corpus-fixture';
import { importArchive } from '../archive/import-archive';
import { renderFeature } from '../../../test/support/render-feature';
import { InboxPage } from './inbox-page';
import { TARGET_SETTING } from './use-target-draft';

afterEach(cleanup);

const FEED = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Containers Blog</title>
<item><title>Karpenter 1.0 is here</title><link>https://example.com/karpenter-1-0</link>
<description>Karpenter 1.0 is out. It brings stable APIs. More details follow in the post.</description></item>
<item><title>Faster pod startup</title><link>https://example.com/pod-startup</link>
<description>&lt;p&gt;Pods now start faster on EKS. We measured it twice. And again.&lt;/p&gt;</description></item>
<item><title>A new CLI</title><link>https://example.com/new-cli</link>
<description>eksctl gained a new command for add-ons. Read more</description></item>
</channel></rss>`;

async function repositoryWithDraft(): Promise<{ repository: MemoryIssueRepository; draft: Issue }> {
  const repository = new MemoryIssueRepository();
  const draft = newIssue(eksNewsTemplate, '079', '2024-08-01T15:00:00Z', 1_000);
  await repository.put(draft, 0);
  return { repository, draft };
}

function cardsBySection(
  issue: Issue,
): Record<string, { title: string; url: string; bullets: string[] }[]> {
  const result: Record<string, { title: string; url: string; bullets: string[] }[]> = {};
  for (const section of issue.sections) {
    const cards = section.blocks.filter((b): b is LinkCard => b.kind === 'card');
    if (cards.length === 0) continue;
    result[section.heading] = cards.map((card) => ({
      title: card.title,
      url: card.url,
      bullets: card.bullets.map((b) =>
        b.content.map((run) => (run.kind === 'text' ? run.text : '')).join(''),
      ),
    }));
  }
  return result;
}

async function loadFeed(text: string, name = 'feed.xml'): Promise<void> {
  await userEvent.upload(screen.getByLabelText('RSS or Atom file'), new File([text], name));
}

async function paste(text: string): Promise<void> {
  fireEvent.change(screen.getByLabelText(/^Paste links/), { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: 'Add to inbox' }));
}

describe('<InboxPage>', () => {
  it('splits the seed feed page into its 25 candidates and keeps them in storage', async () => {
    const { repository } = await repositoryWithDraft();
    renderFeature(repository, <InboxPage />, '/inbox');
    await screen.findByText(/The inbox is empty/);
    await paste(readSeed('candidate-feed-page.txt'));
    expect((await screen.findByRole('status')).textContent).toBe(
      'Added 25 candidates from the pasted text.',
    );
    expect(screen.getByText('25 to triage')).toBeTruthy();
    const first = within(screen.getByRole('listbox')).getAllByRole('option')[0]!;
    expect(first.textContent).toContain('Upstox is India’s largest investech');
    expect(first.textContent).toContain('no link');
    const stored = await inboxStoreFor(repository).listInbox();
    expect(stored).toHaveLength(25);
    expect(stored.some((c) => /View the full article/.test(c.excerpt))).toBe(false);

    cleanup();
    renderFeature(repository, <InboxPage />, '/inbox');
    expect(await screen.findByText('25 to triage')).toBeTruthy();
  });

  it('triages by keyboard: numbers send to sections with a drafted bullet, x discards', async () => {
    const { repository, draft } = await repositoryWithDraft();
    renderFeature(repository, <InboxPage />, '/inbox');
    await screen.findByText(/The inbox is empty/);
    await loadFeed(FEED);
    await screen.findByText('Added 3 candidates from the feed “Containers Blog”.');
    await screen.findByRole('option', { name: /Karpenter 1\.0 is here/ });
    const list = screen.getByRole('listbox', { name: 'Candidates' });
    list.focus();

    await userEvent.keyboard('2');
    await screen.findByText('“Karpenter 1.0 is here” went to AWS blogs.');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('5');
    await screen.findByText('“A new CLI” went to Open source projects.');
    await userEvent.keyboard('x');
    await screen.findByText('Discarded “Faster pod startup”.');
    expect(await screen.findByText(/The inbox is empty/)).toBeTruthy();

    const stored = (await repository.get(draft.id))!.issue;
    expect(cardsBySection(stored)).toEqual({
      'AWS blogs': [
        {
          title: 'Karpenter 1.0 is here',
          url: 'https://example.com/karpenter-1-0',
          bullets: ['Karpenter 1.0 is out. It brings stable APIs.'],
        },
      ],
      'Open source projects': [
        {
          title: 'A new CLI',
          url: 'https://example.com/new-cli',
          bullets: ['eksctl gained a new command for add-ons.'],
        },
      ],
    });
    expect(await inboxStoreFor(repository).listInbox()).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('option', { name: /Faster pod startup/ })).toBeTruthy();
    expect((await inboxStoreFor(repository).listInbox()).map((c) => c.title)).toEqual([
      'Faster pod startup',
    ]);
  });

  it('keeps a candidate without a link in the inbox and asks for its link, focused', async () => {
    const { repository, draft } = await repositoryWithDraft();
    renderFeature(repository, <InboxPage />, '/inbox');
    await screen.findByText(/The inbox is empty/);
    await paste(readSeed('candidate-feed-page.txt'));
    await screen.findByText('25 to triage');
    screen.getByRole('listbox', { name: 'Candidates' }).focus();
    await userEvent.keyboard('3');

    const field = await screen.findByRole('textbox', { name: /has no link yet/ });
    expect(document.activeElement).toBe(field);
    expect(screen.getByText('25 to triage')).toBeTruthy();
    await userEvent.keyboard('javascript:alert(1){Enter}');
    expect((await screen.findByRole('alert')).textContent).toMatch(/http/);
    await userEvent.clear(field);
    await userEvent.keyboard('example.com/upstox{Enter}');

    await screen.findByText('24 to triage');
    await waitFor(async () => {
      const stored = (await repository.get(draft.id))!.issue;
      const section = stored.sections.find((s) => s.heading === 'Community news and articles')!;
      const card = section.blocks[0] as LinkCard;
      expect(card.url).toBe('https://example.com/upstox');
      expect(card.title).toBe(
        'Upstox is India’s largest investech, a multi-unicorn valued at $3.5 billion',
      );
    });
    expect((await inboxStoreFor(repository).listInbox()).length).toBe(24);
  });

  it('leaves a candidate without a link in the inbox on Escape', async () => {
    const { repository } = await repositoryWithDraft();
    renderFeature(repository, <InboxPage />, '/inbox');
    await screen.findByText(/The inbox is empty/);
    await paste(readSeed('candidate-feed-page.txt'));
    await screen.findByText('25 to triage');
    const list = screen.getByRole('listbox', { name: 'Candidates' });
    list.focus();
    await userEvent.keyboard('3');
    await screen.findByRole('textbox', { name: /has no link yet/ });
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: /has no link yet/ })).toBeNull();
    expect(document.activeElement).toBe(list);
    expect((await inboxStoreFor(repository).listInbox()).length).toBe(25);
  });

  it('shows which candidates an archived issue featured already', async () => {
    const { repository } = await repositoryWithDraft();
    await importArchive([new File([readCorpus('056.md')], '056.md')], repository);
    const featured = (await repository.get('archive-056'))!.issue.sections
      .flatMap((s) => s.blocks)
      .find((b): b is LinkCard => b.kind === 'card')!;
    renderFeature(repository, <InboxPage />, '/inbox');
    await screen.findByText(/The inbox is empty/);
    await paste(`${featured.url}\nhttps://example.com/brand-new`);
    await screen.findByText('Added 2 candidates from the pasted links.');
    const [old, fresh] = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(
      await within(old!).findByRole('link', { name: 'Already featured in #056' }),
    ).toBeTruthy();
    expect(within(fresh!).queryByRole('link')).toBeNull();
  });

  it('remembers the draft chosen to send to, the next time the inbox opens', async () => {
    const { repository, draft } = await repositoryWithDraft();
    const older = newIssue(eksNewsTemplate, '078', '2024-07-25T15:00:00Z', 500);
    await repository.put(older, 0);
    renderFeature(repository, <InboxPage />, '/inbox');
    const target = await screen.findByLabelText<HTMLSelectElement>('Send to draft');
    expect(target.value).toBe(draft.id);
    fireEvent.change(target, { target: { value: older.id } });
    await waitFor(async () => expect(await repository.getSetting(TARGET_SETTING)).toBe(older.id));
    cleanup();
    renderFeature(repository, <InboxPage />, '/inbox');
    const again = await screen.findByLabelText<HTMLSelectElement>('Send to draft');
    await waitFor(() => expect(again.value).toBe(older.id));
  });

  it('refuses an empty paste, a binary file and a malformed feed, adding nothing', async () => {
    const { repository } = await repositoryWithDraft();
    renderFeature(repository, <InboxPage />, '/inbox');
    await screen.findByText(/The inbox is empty/);

    await paste('   \n  ');
    expect((await screen.findByRole('alert')).textContent).toBe('The pasted text is empty.');
    await loadFeed('\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', 'broken-feed.xml');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The feed file is binary data, not text.'),
    );
    await loadFeed(FEED.replace('</channel>', ''));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toMatch(
        /^The feed file is not well-formed XML/,
      ),
    );
    await loadFeed('<?xml version="1.0"?><html><body>Not a feed</body></html>');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'The file is XML but not an RSS or Atom feed: its root is <html>.',
      ),
    );
    expect(await inboxStoreFor(repository).listInbox()).toEqual([]);
    expect(screen.getByText(/The inbox is empty/)).toBeTruthy();
  });

  it('renders a window of ten thousand candidates and moves through them by keyboard', async () => {
    const { repository } = await repositoryWithDraft();
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: `c${i}`,
      title: `Candidate ${i + 1}`,
      url: `https://example.com/${i + 1}`,
      excerpt: `Excerpt ${i + 1}.`,
      addedAt: i,
    }));
    await inboxStoreFor(repository).addToInbox(many);
    renderFeature(repository, <InboxPage />, '/inbox');
    await screen.findByText('10000 to triage');
    const list = screen.getByRole('listbox', { name: 'Candidates' });
    expect(within(list).getAllByRole('option').length).toBeLessThan(20);
    list.focus();
    await userEvent.keyboard('{End}');
    const last = await screen.findByRole('option', { name: /Candidate 10000/ });
    expect(last.getAttribute('aria-selected')).toBe('true');
    expect(list.getAttribute('aria-activedescendant')).toBe(last.id);
    expect(within(list).getAllByRole('option').length).toBeLessThan(20);
    await userEvent.keyboard('{ArrowUp}x');
    await screen.findByText('Discarded “Candidate 9999”.');
    expect(screen.getByText('9999 to triage')).toBeTruthy();
  });
});
