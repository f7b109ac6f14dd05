// @vitest-environment jsdom
import { shareDictionaries } from '../../../test/helpers/share-dictionaries';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportIssue } from '../../core/markdown/export-issue';
import { importIssue } from '../../core/markdown/import-issue';
import { decodeShareLink } from '../../core/share/share-link';
import { ShareForReviewButton } from './share-button';
import { reviewFileName, shareLinkUrl } from './share-link-url';

const corpus = (name: string) =>
  readFileSync(join(process.cwd(), 'test/fixtures/eks-news', name), 'utf8');

/** The dictionary as the CLI reads it: the button's own loader fetches the built asset. */
const loadDictionary = () => Promise.resolve(shareDictionaries.v2);

let clipboard: string[];

beforeEach(() => {
  clipboard = [];
  // userEvent.setup() would install its own clipboard; the spec's one is enough here.
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: (text: string) => Promise.resolve(void clipboard.push(text)) },
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** An issue whose link is long: 056 with the sections of 057 to 066 after its own. */
function longIssue() {
  const issue = importIssue(corpus('056.md'));
  const more = ['057', '058', '059', '060', '061', '062', '063', '064', '065', '066'].flatMap(
    (number) => importIssue(corpus(`${number}.md`)).sections,
  );
  return { ...issue, sections: [...issue.sections, ...more] };
}

describe('ShareForReviewButton', () => {
  it('copies a link to the preview that carries the exported issue, and shows its length', async () => {
    const issue = importIssue(corpus('056.md'));
    render(
      <ShareForReviewButton
        readIssue={() => Promise.resolve(issue)}
        loadDictionary={loadDictionary}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Share for review' }));
    const status = await screen.findByRole('status');
    const [copied] = clipboard;
    expect(copied).toMatch(new RegExp(`^${location.origin}/preview#2\\.`));
    expect(status.textContent).toBe(
      `Link copied · ${copied?.length.toLocaleString('en-US')} characters`,
    );
    const decoded = decodeShareLink(copied?.split('#')[1] ?? '', shareDictionaries);
    expect(decoded).toEqual({ ok: true, markdown: exportIssue(issue) });
  });

  it('warns above 8,000 characters and offers a review file instead', async () => {
    const issue = longIssue();
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:review';
    };
    URL.revokeObjectURL = () => {};
    render(
      <ShareForReviewButton
        readIssue={() => Promise.resolve(issue)}
        loadDictionary={loadDictionary}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Share for review' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^This link is \d{1,3},\d{3} characters long\. Some mail clients cut links longer than 8,000/,
    );
    expect(clipboard).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Download review file' }));
    expect(clicks.map((a) => a.download)).toEqual(['056.review.md']);
    expect(await blobs[0]?.text()).toBe(exportIssue(issue));
    await userEvent.click(screen.getByRole('button', { name: 'Copy the link anyway' }));
    expect(clipboard[0]?.length).toBeGreaterThan(8000);
  });

  it('says what to do when the browser will not copy', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    render(
      <ShareForReviewButton
        readIssue={() => Promise.resolve(importIssue(corpus('071.md')))}
        loadDictionary={loadDictionary}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Share for review' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Copy this link · /);
    expect((screen.getByLabelText('Share link') as HTMLInputElement).value).toMatch(
      /\/preview#2\./,
    );
  });

  it('says so when the dictionary cannot be loaded', async () => {
    render(
      <ShareForReviewButton
        readIssue={() => Promise.resolve(importIssue(corpus('071.md')))}
        loadDictionary={() => Promise.reject(new Error('the dictionary answered 404'))}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Share for review' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The share link could not be made: the dictionary answered 404.',
    );
    expect(clipboard).toEqual([]);
  });
});

describe('share link helpers', () => {
  it('measures the whole address and names review files after the slug', () => {
    expect(shareLinkUrl('https://b.example', 'x'.repeat(7974))).toMatchObject({
      length: 8000,
      tooLong: false,
    });
    expect(shareLinkUrl('https://b.example', 'x'.repeat(7975)).tooLong).toBe(true);
    expect(reviewFileName('056')).toBe('056.review.md');
    expect(reviewFileName('../../etc/passwd')).toBe('etc-passwd.review.md');
    expect(reviewFileName(undefined)).toBe('issue.review.md');
  });
});
