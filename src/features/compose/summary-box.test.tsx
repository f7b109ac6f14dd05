// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TextSelection } from '@tiptap/pm/state';
import { allCards } from '../../core/model/ops/locate';
import { exportIssue } from '../../core/markdown/export-issue';
import { corpusIssue, editorOf, renderCompose } from '../../../test/support/render-compose';

afterEach(cleanup);

const mountedEditors = () => document.querySelectorAll('.ProseMirror').length;

describe('card summaries', () => {
  it('shows every summary as rendered HTML in a textbox, with no editor mounted', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const cards = allCards(issue);
    const summaries = screen.getAllByRole('textbox', { name: 'Summary' });
    expect(summaries).toHaveLength(cards.length);
    expect(mountedEditors()).toBe(0);
    const first = summaries[0]!;
    expect(first.getAttribute('aria-multiline')).toBe('true');
    expect(first.tabIndex).toBe(0);
    expect(first.querySelector('a')?.textContent).toBe('AWS Signer');
  });

  it('mounts one editor on focus, takes typing into the model, and unmounts on blur', async () => {
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
    expect(mountedEditors()).toBe(1);
    expect(editable.getAttribute('role')).toBe('textbox');
    expect(editable.getAttribute('aria-label')).toBe('Summary');
    await waitFor(() => expect(document.activeElement).toBe(editable));

    const editor = editorOf(editable);
    act(() => {
      editor.commands.focus('end');
      editor.commands.insertContent(' Signed.');
    });
    act(() => within(card).getByRole('textbox', { name: 'Card title' }).focus());
    await waitFor(() => expect(mountedEditors()).toBe(0));
    const summary = within(card).getByRole('textbox', { name: 'Summary' });
    expect(summary.textContent).toContain('Signed.');

    // A summary reaches the store after a pause and is saved half a second later: room for a
    // busy machine beyond waitFor's default second.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'), {
      timeout: 4000,
    });
    const stored = exportIssue((await rendered.repository.get(issue.id))!.issue).split('\n');
    const original = exportIssue(issue).split('\n');
    const changed = stored.filter((line, i) => line !== original[i]);
    expect(changed).toEqual([
      '    * [K8s Notary Admission](https://github.com/aws-samples/k8s-notary-admission) a custom dynamic admission controller for validating image signatures (for non-production use only) Signed.',
    ]);
  });

  it('nests a new bullet with Tab and writes it in the file dialect', async () => {
    const issue = corpusIssue('056.md');
    const rendered = await renderCompose(issue, { delayMs: 10 });
    const region = screen.getByRole('region', { name: 'Open source projects' });
    const box = within(region).getByRole('textbox', { name: 'Add link' });
    fireEvent.change(box, { target: { value: 'https://github.com/aws/eks-node-viewer' } });
    fireEvent.submit(box);
    const card = within(region).getAllByRole('article').at(-1)!;
    await waitFor(() => expect(card.contains(document.activeElement)).toBe(true));
    act(() => within(card).getByRole('textbox', { name: 'Summary' }).focus());
    const editable = await waitFor(() => {
      const el = document.activeElement;
      if (!el?.classList.contains('ProseMirror')) throw new Error('summary not focused');
      return el;
    });
    const editor = editorOf(editable);
    act(() => {
      editor.commands.insertContent('Shows node usage');
      editor.commands.keyboardShortcut('Enter');
      editor.commands.insertContent('See the ');
      editor.commands.keyboardShortcut('Tab');
      editor.commands.insertContent('docs');
      const end = editor.state.selection.from;
      editor.view.dispatch(
        editor.state.tr.setSelection(TextSelection.create(editor.state.doc, end - 4, end)),
      );
      editor.commands.setLink({ href: 'https://github.com/aws/eks-node-viewer#readme' });
    });
    // A summary reaches the store after a pause and is saved half a second later: room for a
    // busy machine beyond waitFor's default second.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All changes saved'), {
      timeout: 4000,
    });
    const text = exportIssue((await rendered.repository.get(issue.id))!.issue);
    expect(text).toContain(
      '* [aws/eks-node-viewer](https://github.com/aws/eks-node-viewer)\n' +
        '    * Shows node usage\n' +
        '        * See the [docs](https://github.com/aws/eks-node-viewer#readme)',
    );
  });

  it('keeps the number of mounted editors at one while moving between summaries', async () => {
    const issue = corpusIssue('056.md');
    await renderCompose(issue);
    const summaries = screen.getAllByRole('textbox', { name: 'Summary' }).slice(0, 4);
    for (const summary of summaries) {
      act(() => summary.focus());
      await waitFor(() =>
        expect(document.activeElement?.classList.contains('ProseMirror')).toBe(true),
      );
      expect(mountedEditors()).toBe(1);
      act(() => screen.getByRole('textbox', { name: 'Title' }).focus());
      await waitFor(() => expect(mountedEditors()).toBe(0));
    }
  });
});
