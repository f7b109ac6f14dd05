// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareDictionaries } from '../../../test/helpers/share-dictionaries';
import { decodeShareLink, encodeShareLink } from '../../core/share/share-link';
import { linkReadAhead } from './read-link-ahead';
import { readLinkAhead } from './read-link-ahead';
import { ReviewPage } from './review-page';

// The route reads the link before the page renders; the page's first render shows what it read.

const corpus = (name: string) =>
  readFileSync(join(process.cwd(), 'test/fixtures/eks-news', name), 'utf8');
const loadDictionary = () => Promise.resolve(shareDictionaries.v2);
const link056 = `#${encodeShareLink(corpus('056.md'), shareDictionaries)}`;

afterEach(cleanup);

describe('reading the link ahead', () => {
  it('gives the issue read for its address and dictionary only', async () => {
    await readLinkAhead(link056, loadDictionary);
    const read = linkReadAhead(link056, loadDictionary);
    expect(read?.status === 'ready' && read.issue.title).toBe('EKS News 056');
    expect(read?.status === 'ready' && read.from).toBe('link');
    expect(linkReadAhead(`${link056}x`, loadDictionary)).toBeUndefined();
    expect(linkReadAhead(link056, () => Promise.resolve(shareDictionaries.v2))).toBeUndefined();
  });

  it('gives the message of a link that cannot be opened', async () => {
    const broken = `#${link056.slice(1, link056.length - 40)}`;
    const expected = decodeShareLink(broken.slice(1), shareDictionaries);
    await readLinkAhead(broken, loadDictionary);
    expect(linkReadAhead(broken, loadDictionary)).toEqual({
      status: 'error',
      message: expected.ok ? '' : expected.message,
    });
  });

  it('reads nothing for an address with no link', async () => {
    const load = vi.fn(loadDictionary);
    await readLinkAhead('#', load);
    expect(load).not.toHaveBeenCalled();
    expect(linkReadAhead('#', load)).toBeUndefined();
  });

  it('lets the page show the issue in its first render, with no read of its own', async () => {
    const load = vi.fn(loadDictionary);
    await readLinkAhead(link056, load);
    expect(load).toHaveBeenCalledTimes(1);
    const router = createMemoryRouter(
      [{ path: '/preview', element: <ReviewPage loadDictionary={load} /> }],
      { initialEntries: [`/preview${link056}`] },
    );
    // No act(): what the first render commits, before any effect or read has answered.
    render(<RouterProvider router={router} />);
    expect(screen.getByRole('heading', { level: 1, name: 'EKS News 056' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    await act(async () => {});
    expect(load).toHaveBeenCalledTimes(1);
  });
});
