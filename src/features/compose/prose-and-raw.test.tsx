// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exportIssue } from '../../core/markdown/export-issue';
import { corpusIssue, editorOf, renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

const savedText = async (rendered: Awaited<ReturnType<typeof renderCompose>>) => {
  // An edit reaches the store after a pause and is saved half a second later: room for a
  // busy machine beyond waitFor's default second.
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'), {
    timeout: 4000,
  });
  return exportIssue((await rendered.repository.get(rendered.issue.id))!.issue);
};

describe('intro paragraphs', () => {
  it('splits a paragraph with Enter into two blocks and moves the focus to the second', async () => {
    const rendered = await renderCompose(corpusIssue('056.md'), { delayMs: 10 });
    const intro = screen.getByRole('region', { name: 'Introduction' });
    const paragraphs = () => within(intro).getAllByRole('textbox', { name: 'Paragraph' });
    expect(paragraphs()).toHaveLength(2);
    act(() => paragraphs()[1]!.focus());
    const editable = await waitFor(() => {
      const el = intro.querySelector('.ProseMirror');
      if (!el) throw new Error('not mounted');
      return el;
    });
    const editor = editorOf(editable);
    const at = editor.state.doc.textContent.indexOf(' Please respond') + 1;
    act(() => {
      editor.commands.setTextSelection(at);
      editor.commands.keyboardShortcut('Enter');
    });
    await waitFor(() => expect(paragraphs()).toHaveLength(3));
    await waitFor(() => expect(paragraphs()[2]!.classList.contains('ProseMirror')).toBe(true));
    const text = await savedText(rendered);
    expect(text).toContain(
      'for the group.\n\nPlease respond to this [survey](https://docs.google.com/forms/d/e/',
    );
  });

  it('adds a paragraph to a section, and drops it again when left empty', async () => {
    await renderCompose(corpusIssue('056.md'));
    const region = screen.getByRole('region', { name: 'AWS blogs' });
    fireEvent.click(within(region).getByRole('button', { name: 'Add paragraph' }));
    const editable = await waitFor(() => {
      const el = region.querySelector('.ProseMirror');
      if (!el || document.activeElement !== el) throw new Error('not focused yet');
      return el;
    });
    expect(editable.getAttribute('aria-label')).toBe('Paragraph');
    act(() => within(region).getByRole('textbox', { name: 'Add link' }).focus());
    await waitFor(() =>
      expect(within(region).queryByRole('textbox', { name: 'Paragraph' })).toBeNull(),
    );
  });
});

describe('raw blocks', () => {
  it('shows markdown the model does not structure as text, and saves what is typed', async () => {
    const rendered = await renderCompose(corpusIssue('010.md'), { delayMs: 10 });
    const region = screen.getByRole('region', { name: 'New videos and webinars' });
    const markdown = within(region).getByRole('textbox', {
      name: 'Markdown',
    }) as HTMLTextAreaElement;
    expect(markdown.value.startsWith('### Containers from the Couch')).toBe(true);
    fireEvent.change(markdown, {
      target: { value: markdown.value.replace('### Containers', '### Kubernetes') },
    });
    const text = await savedText(rendered);
    const before = exportIssue(rendered.issue).split('\n');
    const changed = text.split('\n').filter((line, i) => line !== before[i]);
    expect(changed).toEqual(['### Kubernetes from the Couch']);
  });
});
