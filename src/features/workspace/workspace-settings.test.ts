import { describe, expect, it } from 'vitest';
import { checkWorkspaceSettings, readWorkspaceSettings } from './workspace-settings';

const typed = {
  server: 'wss://team.example.org',
  workspace: 'eks-news',
  token: 'editor-token',
  name: 'Anna',
};

describe('workspace settings', () => {
  it('take no reviewer token, or one of 8 characters or more', () => {
    expect(checkWorkspaceSettings({ ...typed, reviewToken: '  ' })).toEqual({ settings: typed });
    expect(checkWorkspaceSettings({ ...typed, reviewToken: ' review-token ' })).toEqual({
      settings: { ...typed, reviewToken: 'review-token' },
    });
  });

  it.each([
    ['short', /8 characters/],
    ['editor-token', /not the editors’ token/],
  ])('refuse the reviewer token "%s"', (reviewToken, problem) => {
    const checked = checkWorkspaceSettings({ ...typed, reviewToken });
    expect(checked).toEqual({ problems: { reviewToken: expect.stringMatching(problem) } });
  });

  it('keep the reviewer token when stored, and stored ones without it still read', async () => {
    const store = (value: unknown) => ({ getSetting: async () => value });
    expect(await readWorkspaceSettings(store({ ...typed, reviewToken: 'review-token' }))).toEqual({
      ...typed,
      reviewToken: 'review-token',
    });
    expect(await readWorkspaceSettings(store(typed))).toEqual(typed);
  });
});
