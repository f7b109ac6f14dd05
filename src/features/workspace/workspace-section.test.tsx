// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderLibrary, repositoryWith056 } from '../../../test/support/render-library';
import { WORKSPACE_SETTING } from './workspace-settings';

afterEach(cleanup);

function fill(form: HTMLElement, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  }
}

describe('the library’s team workspace', () => {
  it('stores settings that pass the check, and names the problem of each that does not', async () => {
    const { repository } = await repositoryWith056();
    renderLibrary(repository);
    fireEvent.click(await screen.findByRole('button', { name: 'Set up a workspace' }));
    const form = screen.getByRole('form', { name: 'Workspace settings' });
    fill(form, {
      'Server address': 'javascript:alert(1)',
      'Workspace name': 'Team Space',
      Token: 'short',
      'Your name': 'Anna',
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save workspace' }));
    expect(within(form).getByLabelText('Server address').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Token').getAttribute('aria-invalid')).toBe('true');
    expect(await repository.getSetting(WORKSPACE_SETTING)).toBeUndefined();

    fill(form, {
      'Server address': 'https://team.example.org',
      'Workspace name': 'team',
      Token: 'a-long-token',
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save workspace' }));
    await screen.findByText('Workspace “team” on wss://team.example.org, as Anna.');
    expect(await repository.getSetting(WORKSPACE_SETTING)).toEqual({
      server: 'wss://team.example.org',
      workspace: 'team',
      token: 'a-long-token',
      name: 'Anna',
    });
  });

  it('opens a workspace issue by its slug', async () => {
    const { repository } = await repositoryWith056();
    await repository.setSetting(WORKSPACE_SETTING, {
      server: 'ws://127.0.0.1:1234',
      workspace: 'team',
      token: 'a-long-token',
      name: 'Ben',
    });
    const router = renderLibrary(repository);
    const slug = await screen.findByLabelText('Issue slug');
    fireEvent.change(slug, { target: { value: '056' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open from the workspace' }));
    await screen.findByRole('heading', { name: 'Workspace issue stand-in' });
    expect(router.state.location.pathname).toBe('/workspace/056');
  });

  it('forgets the workspace on Leave, drafts untouched', async () => {
    const { repository, issue } = await repositoryWith056();
    await repository.setSetting(WORKSPACE_SETTING, {
      server: 'ws://127.0.0.1:1234',
      workspace: 'team',
      token: 'a-long-token',
      name: 'Ben',
    });
    renderLibrary(repository);
    fireEvent.click(await screen.findByRole('button', { name: 'Leave the workspace' }));
    await screen.findByRole('button', { name: 'Set up a workspace' });
    await waitFor(async () =>
      expect(await repository.getSetting(WORKSPACE_SETTING)).toBeUndefined(),
    );
    expect((await repository.get(issue.id))?.issue).toEqual(issue);
  });
});
