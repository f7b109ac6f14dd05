import { describe, expect, it } from 'vitest';
import { liveReviewLink } from './live-review-link';
import { readLiveReviewAddress } from './read-live-review-address';

const target = {
  server: 'wss://team.example.org',
  workspace: 'eks-news',
  slug: '056',
  token: 'review-token&x=1',
};

/** The path's two parts and the fragment of a link, as the page's router hands them over. */
function parts(link: string): [string, string, string] {
  const url = new URL(link);
  const [, , , workspace = '', slug = ''] = url.pathname.split('/');
  return [decodeURIComponent(workspace), decodeURIComponent(slug), url.hash];
}

describe('a reviewer link', () => {
  it('names the issue in its path and carries the server and token in its fragment only', () => {
    const link = liveReviewLink('https://broadsheet.example', target);
    const url = new URL(link);
    expect(url.pathname).toBe('/review/live/eks-news/056');
    expect(url.search).toBe('');
    expect(url.hash).toContain('token=');
    expect(readLiveReviewAddress(...parts(link))).toEqual({
      ok: true,
      server: 'wss://team.example.org',
      token: 'review-token&x=1',
      issueName: 'eks-news/056',
      notesName: 'eks-news/056/notes',
    });
  });

  it.each([
    ['no fragment', 'eks-news', '056', ''],
    ['no token', 'eks-news', '056', '#server=wss%3A%2F%2Fa.example'],
    ['a short token', 'eks-news', '056', '#server=wss%3A%2F%2Fa.example&token=short'],
    ['a script address', 'eks-news', '056', '#server=javascript%3Aalert(1)&token=long-enough'],
    ['a bad workspace', 'EKS', '056', '#server=wss%3A%2F%2Fa.example&token=long-enough'],
    ['a path for a slug', 'eks', '..', '#server=wss%3A%2F%2Fa.example&token=long-enough'],
  ])('with %s is damaged', (_, workspace, slug, hash) => {
    const address = readLiveReviewAddress(workspace, slug, hash);
    expect(address.ok).toBe(false);
    expect(address).toHaveProperty('message', expect.stringMatching(/damaged/));
  });
});
