import { describe, expect, it } from 'vitest';
import { FakeFolder } from '../../../test/support/fake-folder';
import { findIssueFolder } from './find-issue-folder';

/** A site folder holding empty files at the given paths. */
function site(...paths: string[]): FakeFolder {
  const root = new FakeFolder('site');
  for (const path of paths) {
    const parts = path.split('/');
    const name = parts.pop()!;
    (parts.length > 0 ? root.folder(parts.join('/')) : root).files.set(name, '');
  }
  return root;
}

describe('findIssueFolder', () => {
  it('goes where the issue already lives, even where more issues live elsewhere', async () => {
    const root = site(
      'content/en/archives/056.md',
      'content/blog/054.md',
      'content/blog/055.md',
      'content/blog/057.md',
    );
    const found = await findIssueFolder(root, '056.md');
    expect(found?.path).toBe('content/en/archives');
    expect(found?.folder).toBe(root.folder('content/en/archives'));
  });

  it('goes where the most files are named like it but for their numbers', async () => {
    const root = site(
      'content/about/team-2.md',
      'content/about/eks-news-001.md',
      'content/posts/eks-news-054.md',
      'content/posts/eks-news-055.md',
      'content/posts/2023/eks-news-1.md',
      'content/posts/2023/news-056.md',
    );
    expect((await findIssueFolder(root, 'eks-news-056.md'))?.path).toBe('content/posts');
  });

  it('takes the shallower folder, then the first by name, on a tie', async () => {
    const root = site('content/b/055.md', 'content/a/x/054.md', 'content/c/057.md');
    expect((await findIssueFolder(root, '056.md'))?.path).toBe('content/b');
  });

  it('goes into content/ itself when no folder holds an issue', async () => {
    const root = site('content/_index.md', 'content/about/index.md');
    expect((await findIssueFolder(root, '056.md'))?.path).toBe('content');
    // A name without a number has no siblings to learn from.
    expect((await findIssueFolder(site('content/a/june.md'), 'july.md'))?.path).toBe('content');
  });

  it('skips hidden folders', async () => {
    const root = site('content/.trash/055.md', 'content/.trash/056.md');
    expect((await findIssueFolder(root, '056.md'))?.path).toBe('content');
  });

  it('finds nothing in a folder without content/, or whose content is a file', async () => {
    expect(await findIssueFolder(site('en/archives/056.md'), '056.md')).toBeUndefined();
    expect(await findIssueFolder(site('content'), '056.md')).toBeUndefined();
  });
});
