// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { hugoLinkListTemplate } from '../../core/template/hugo-link-list';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { renderLibrary } from '../../../test/support/render-library';
import { saveTemplate } from './save-template';

afterEach(cleanup);

describe('<NewsletterList> in the library', () => {
  it('links each newsletter of the library to its Template screen', async () => {
    const repository = new MemoryIssueRepository();
    await saveTemplate(repository, { ...hugoLinkListTemplate, id: 'flux', name: 'Flux' });
    const router = renderLibrary(repository);
    const list = await screen.findByRole('navigation', { name: 'Newsletter templates' });
    const links = [...list.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).toEqual(['EKS News', 'Flux']);
    screen.getByRole('link', { name: 'Template of Flux' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Template stand-in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/templates/flux');
  });
});
