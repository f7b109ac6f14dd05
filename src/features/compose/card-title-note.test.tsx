// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusIssue, renderCompose } from '../../../test/support/render-compose';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { WORKSPACE_SETTING } from '../workspace/workspace-settings';

// Issue 14: when the workspace server cannot fetch a pasted link's page title, the card says so
// beside its title (not only to screen readers), until the title is edited or a later fetch
// brings the page's own.

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const PAGE = 'https://aws.amazon.com/blogs/containers/amazon-eks-pod-identity/';
const GUESSED = 'Amazon EKS pod identity';
const SLOW = 'No title: the page did not answer within 5 s.';

/** A paste as the browser sends it (jsdom has no ClipboardEvent with data). */
function paste(text: string): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => (type === 'text/plain' ? text : '') },
  });
  act(() => void document.body.dispatchEvent(event));
}

async function editorWithWorkspace(answer: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => answer()),
  );
  const memory = new MemoryIssueRepository();
  await memory.setSetting(WORKSPACE_SETTING, {
    server: 'ws://127.0.0.1:1234',
    workspace: 'team',
    token: 'a-long-token',
    name: 'Anna',
  });
  await renderCompose(corpusIssue('056.md'), { memory });
  // The settings are read after the editor opens: the paste must come once they are.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

const lastCard = () => screen.getAllByRole('article', { name: GUESSED }).at(-1) as HTMLElement;
const titleField = (card: HTMLElement) =>
  within(card).getByRole<HTMLInputElement>('textbox', { name: 'Card title' });

describe('a card whose page title could not be fetched', () => {
  it('shows why under its title, described to its field, until the title is edited', async () => {
    await editorWithWorkspace(() => Response.json({ message: SLOW }, { status: 422 }));
    paste(PAGE);
    const card = lastCard();
    const note = await within(card).findByText(
      'Title not fetched: the page did not answer within 5 s',
    );
    const field = titleField(card);
    expect(field.value).toBe(GUESSED);
    expect(field.getAttribute('aria-describedby')).toBe(note.id);
    fireEvent.change(field, { target: { value: 'Pod identity, explained' } });
    await waitFor(() => expect(within(card).queryByText(/Title not fetched/)).toBeNull());
  });

  it('shows nothing when the page title came', async () => {
    await editorWithWorkspace(() => Response.json({ title: 'EKS Pod Identity' }));
    paste(PAGE);
    const card = await screen.findByRole('article', { name: 'EKS Pod Identity' });
    expect(titleField(card).value).toBe('EKS Pod Identity');
    expect(within(card).queryByText(/Title not fetched/)).toBeNull();
  });
});
