// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { allCards } from '../../core/model/ops/locate';
import { changedLines } from '../../../test/helpers/changed-lines';
import { corpusIssue, editorOf, renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

/** A paste as the browser sends it (jsdom has no ClipboardEvent with data). */
function paste(text: string, target: Element = document.body, html = ''): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  const data: Record<string, string> = { 'text/plain': text, 'text/html': html };
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => data[type] ?? '' },
  });
  let dispatched = true;
  act(() => {
    dispatched = target.dispatchEvent(event);
  });
  return !dispatched; // true when the editor took the paste
}

const cardTitles = (heading: string) =>
  within(screen.getByRole('region', { name: heading }))
    .queryAllByRole('article')
    .map((a) => a.getAttribute('aria-label'));

/** The card editors; a role query over hundreds of cards is slow in jsdom. */
const articles = () => document.querySelectorAll('article.card-editor');

const saved = () =>
  waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'));

describe('pasting links outside a text field', () => {
  it('makes a card per URL in the section the URL rules suggest, the first title selected', async () => {
    const issue = corpusIssue('056.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const taken = paste(
      [
        'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        '  * https://github.com/awslabs/eks-node-viewer  ',
        'https://aws.amazon.com/blogs/containers/amazon-eks-pod-identity/',
      ].join('\n'),
    );
    expect(taken).toBe(true);
    // 056 calls the sections by earlier names: the cards go there, no section is added.
    expect(cardTitles('New videos and webinars').at(-1)).toBe('YouTube video');
    expect(cardTitles('Open source projects').at(-1)).toBe('awslabs/eks-node-viewer');
    expect(cardTitles('AWS blogs').at(-1)).toBe('Amazon EKS pod identity');
    const video = screen.getAllByRole('article', { name: 'YouTube video' }).at(-1)!;
    const title = within(video).getByRole('textbox', { name: 'Card title' }) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(title));
    expect([title.selectionStart, title.selectionEnd]).toEqual([0, 'YouTube video'.length]);
    expect(document.querySelector('[aria-live="polite"]')?.textContent).toBe(
      'Added 3 cards: 1 to New videos and webinars, 1 to Open source projects, 1 to AWS blogs.',
    );
    await saved();
    const stored = (await rendered.repository.get(issue.id))!.issue;
    expect(allCards(stored)).toHaveLength(allCards(issue).length + 3);
    expect(exportIssue(stored)).toContain(
      '* [awslabs/eks-node-viewer](https://github.com/awslabs/eks-node-viewer)',
    );
  });

  it('puts a pasted YouTube link into 056\'s "New videos and webinars", adding no section', async () => {
    const issue = corpusIssue('056.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    expect(paste('https://youtu.be/kx7mjL1ZDyA')).toBe(true);
    expect(cardTitles('New videos and webinars').at(-1)).toBe('YouTube video');
    expect(screen.getAllByRole('region', { name: /videos/i })).toHaveLength(1);
    await saved();
    const stored = (await rendered.repository.get(issue.id))!.issue;
    expect(stored.sections.map((x) => x.heading)).toEqual(issue.sections.map((x) => x.heading));
    expect(changedLines(exportIssue(issue), exportIssue(stored))).toEqual({
      removed: [],
      added: ['* [YouTube video](https://youtu.be/kx7mjL1ZDyA)'],
    });
  });

  it('takes 200 URLs at once: 200 cards, one undo step, one write', async () => {
    // A short issue (14 cards): rendering 250 cards in jsdom took most of the test's time.
    const issue = corpusIssue('070.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const urls = Array.from({ length: 200 }, (_, i) =>
      i % 4 === 0
        ? `https://github.com/example/repo-${i}`
        : `https://blog.example.com/scaling-karpenter-nodes-${i}`,
    );
    const before = allCards(issue).length;
    paste(urls.join('\r\n'));
    expect(articles()).toHaveLength(before + 200);
    expect(cardTitles('Open source projects')).toContain('example/repo-196');
    expect(cardTitles('Community news and articles')).toContain('Scaling karpenter nodes 199');
    await saved();
    // Stored once when opened (revision 1), once for the paste.
    expect((await rendered.repository.get(issue.id))?.rev).toBe(2);
    expect(allCards((await rendered.repository.get(issue.id))!.issue)).toHaveLength(before + 200);
    act(() => {
      (document.activeElement as HTMLElement | null)?.blur();
    });
    // Named queries over 250 cards are slow in jsdom: look in the toolbar only.
    const toolbar = screen.getByRole('toolbar', { name: 'Editor actions' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Undo' }));
    expect(articles()).toHaveLength(before);
  });

  it('keeps lines that are not links in a message, to fix and add again', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    paste(
      'https://kubernetes.io/blog/gateway-api\njavascript:alert(1)\nsee the docs\nhttps://kubernetes.io/blog/gateway-api',
    );
    expect(cardTitles('Community news').at(-1)).toBe('Gateway API');
    const message = screen.getByRole('alert', { name: 'Lines not added' });
    expect(message.textContent).toContain('3 pasted lines were not added as cards.');
    expect(message.textContent).toContain('Line 2: javascript:alert(1)');
    expect(message.textContent).toContain('not "javascript:" links');
    expect(message.textContent).toContain('The same link as line 1.');
    const box = within(message).getByRole('textbox', { name: 'Lines not added' });
    expect((box as HTMLTextAreaElement).value).toBe(
      'javascript:alert(1)\nsee the docs\nhttps://kubernetes.io/blog/gateway-api',
    );
    fireEvent.change(box, { target: { value: 'https://kubernetes.io/docs/see-the-docs' } });
    fireEvent.click(within(message).getByRole('button', { name: 'Add these links' }));
    expect(cardTitles('Community news').at(-1)).toBe('See the docs');
    expect(screen.queryByRole('alert', { name: 'Lines not added' })).toBeNull();
  });

  it('titles a link copied from a web page with its link text, and focuses the summary', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const url = 'https://aws.amazon.com/blogs/containers/amazon-eks-pod-identity/';
    const taken = paste(
      'Amazon EKS Pod Identity simplifies IAM',
      document.body,
      `<meta charset="utf-8"><a href="${url}">Amazon EKS Pod Identity <b>simplifies</b>\n IAM</a>`,
    );
    expect(taken).toBe(true);
    const card = screen.getByRole('article', { name: 'Amazon EKS Pod Identity simplifies IAM' });
    await waitFor(() => expect(document.activeElement?.getAttribute('data-field')).toBe('summary'));
    expect(card.contains(document.activeElement)).toBe(true);
  });

  it('keeps HTML from the clipboard out of the page: text only, script links refused', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const count = screen.getAllByRole('article').length;
    paste(
      'x',
      document.body,
      '<a href="https://example.com/a">&lt;img src=x onerror=alert(1)&gt;</a>' +
        '<a href="javascript:alert(1)">Click me</a><img src="x" onerror="alert(2)">',
    );
    expect(screen.getAllByRole('article')).toHaveLength(count + 1);
    expect(screen.getByRole('article', { name: '<img src=x onerror=alert(1)>' })).toBeTruthy();
    expect(document.querySelector('img[src="x"], [onerror]')).toBeNull();
    const message = screen.getByRole('alert', { name: 'Lines not added' });
    expect(message.textContent).toContain('javascript:alert(1)');
  });

  it('leaves a copied paragraph with a link in it alone', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const count = screen.getAllByRole('article').length;
    const text = 'Read the launch post for the details of the new identity feature.';
    const html =
      '<p>Read the <a href="https://example.com/post">launch post</a> for the details of the new identity feature.</p>';
    expect(paste(text, document.body, html)).toBe(false);
    expect(screen.getAllByRole('article')).toHaveLength(count);
  });

  it('leaves ordinary text, and pastes into text fields, alone', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const count = screen.getAllByRole('article').length;
    expect(paste('Just some words\nand another line')).toBe(false);
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(paste('https://example.com/in-a-field', title)).toBe(false);
    expect(screen.getAllByRole('article')).toHaveLength(count);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps only the supported marks of HTML pasted into a summary', async () => {
    const issue = corpusIssue('056.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const first = allCards(issue)[0]!.card;
    const card = screen.getByRole('article', { name: first.title });
    act(() => within(card).getByRole('textbox', { name: 'Summary' }).focus());
    const editable = await waitFor(() => {
      const el = card.querySelector('.ProseMirror');
      if (!el) throw new Error('no editor yet');
      return el;
    });
    const editor = editorOf(editable);
    act(() => {
      editor.commands.focus('end');
      editor.view.pasteHTML(
        '<p> <u>Read</u> <b>this</b> <span style="color:red">now</span><img src="x.png"></p>',
        new Event('paste') as ClipboardEvent,
      );
    });
    await saved();
    const text = exportIssue((await rendered.repository.get(issue.id))!.issue);
    const line = text.split('\n').find((l) => l.includes('**this**'));
    expect(line, text).toMatch(/Read \*\*this\*\* now$/);
    expect(text).not.toMatch(/<u>|<img|color/);
  });
});
