// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusFile, corpusFiles } from '../../../test/support/corpus-fixture';
import type { WriteBatch } from '../../persistence/issue-repository';
import { MemoryIssueRepository } from '../../persistence/memory-issue-repository';
import { ArchiveImport } from './archive-import';
import { useArchiveImport } from './use-archive-import';
import { renderFeature } from '../../../test/support/render-feature';

afterEach(cleanup);

/** A repository whose batch writes wait until the test lets each one through. */
class GatedRepository extends MemoryIssueRepository {
  private gates: (() => void)[] = [];
  waiting = 0;

  override async writeBatch(batch: WriteBatch): Promise<void> {
    this.waiting++;
    await new Promise<void>((resolve) => this.gates.push(resolve));
    return super.writeBatch(batch);
  }

  release(): void {
    this.waiting--;
    this.gates.shift()?.();
  }
}

async function upload(label: string, files: File[]): Promise<void> {
  await userEvent.upload(screen.getByLabelText(label), files);
}

/** The import with its state held where it renders. */
function ImportHere() {
  return <ArchiveImport importer={useArchiveImport()} />;
}

describe('<ArchiveImport>', () => {
  it('counts files with a progress bar while the folder is imported, then reports', async () => {
    const repository = new GatedRepository();
    renderFeature(repository, <ImportHere />);
    const files = [...corpusFiles().map(corpusFile), new File(['# Notes\n'], 'README.md')];
    await upload('Archive folder', files);

    const bar = await screen.findByRole('progressbar');
    expect(screen.getByRole('status').textContent).toContain('0 of 80');
    expect(bar.getAttribute('value')).toBe('0');
    await waitFor(() => expect(repository.waiting).toBe(1));
    repository.release();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('20 of 80'));
    expect(screen.getByRole('button', { name: 'Import archive folder' })).toHaveProperty(
      'disabled',
      true,
    );
    for (let chunk = 1; chunk < 4; chunk++) {
      await waitFor(() => expect(repository.waiting).toBe(1));
      repository.release();
    }

    const result = await screen.findByRole('region', { name: 'Archive import result' });
    expect(result.textContent).toContain('Archived 79 issues: 79 new, 0 updated.');
    expect(result.textContent).toContain('1 file was skipped.');
    const skipped = within(result).getByRole('list', { name: 'Skipped files' });
    expect(skipped.textContent).toBe('README.md: no link cards: not a newsletter issue');
    expect(screen.queryByRole('progressbar')).toBeNull();
    const summaries = await repository.listSummaries();
    expect(summaries.filter((s) => s.archived && s.status === 'published')).toHaveLength(79);
  });

  it('updates on re-import of the same files instead of duplicating them', async () => {
    const repository = new MemoryIssueRepository();
    renderFeature(repository, <ImportHere />);
    await upload('Archive files', ['054.md', '055.md'].map(corpusFile));
    let result = await screen.findByRole('region', { name: 'Archive import result' });
    expect(result.textContent).toContain('Archived 2 issues: 2 new, 0 updated.');
    expect(within(result).getByRole('link', { name: 'EKS News 054' }).getAttribute('href')).toBe(
      '/issues/archive-054/preview',
    );

    await upload('Archive files', ['055.md', '056.md'].map(corpusFile));
    result = await screen.findByRole('region', { name: 'Archive import result' });
    await waitFor(() => expect(result.textContent).toContain('2 issues: 1 new, 1 updated.'));
    const summaries = await repository.listSummaries();
    expect(summaries.map((s) => s.slug).sort()).toEqual(['054', '055', '056']);
  });

  it('shows why nothing was archived when no file is a newsletter issue', async () => {
    const repository = new MemoryIssueRepository();
    renderFeature(repository, <ImportHere />);
    await upload('Archive files', [
      new File([new Uint8Array([0, 1, 2, 3, 0xff])], 'data.md'),
      new File(['plain words\n'], 'notes.md'),
    ]);
    const result = await screen.findByRole('region', { name: 'Archive import result' });
    expect(result.textContent).toContain('No issue was archived. 2 files were skipped.');
    const items = within(result)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      expect.stringMatching(/^data\.md: .*binary|^data\.md: .*UTF-8/),
      'notes.md: no link cards: not a newsletter issue',
    ]);
    expect(await repository.listSummaries()).toEqual([]);
  });
});
