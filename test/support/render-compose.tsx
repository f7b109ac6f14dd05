// Renders the editor screen for one issue over an in-memory repository, inside a memory router,
// as the app does at /issues/:id. For the component tests of the compose feature.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen, type RenderResult } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Editor } from '@tiptap/react';
import { RepositoryContext } from '../../src/components/repository-context';
import { importIssue } from '../../src/core/markdown/import-issue';
import type { Issue } from '../../src/core/model/types';
import type { IssueRepository } from '../../src/persistence/issue-repository';
import { MemoryIssueRepository } from '../../src/persistence/memory-issue-repository';
import { ComposeLoader } from '../../src/features/compose/compose-loader';

// jsdom has no layout: ProseMirror measures ranges to scroll the selection into view. Empty
// measurements are enough for it.
if (typeof Range !== 'undefined' && !('getClientRects' in Range.prototype)) {
  const emptyRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  const emptyRect = () => new DOMRect(0, 0, 0, 0);
  Object.assign(Range.prototype, { getClientRects: emptyRects, getBoundingClientRect: emptyRect });
}

export function corpusIssue(name: string): Issue {
  const text = readFileSync(join(process.cwd(), 'test/fixtures/eks-news', name), 'utf8');
  return importIssue(text, { id: `issue-${name}` });
}

export interface RenderedCompose extends RenderResult {
  repository: MemoryIssueRepository;
  issue: Issue;
}

/** Stores the issue, renders the editor for it and waits until it and its preview are open. */
export async function renderCompose(
  issue: Issue,
  options: {
    repository?: IssueRepository;
    memory?: MemoryIssueRepository;
    delayMs?: number;
    /** The address the editor is opened at, such as `/issues/id#card-c1-url`. */
    path?: string;
  } = {},
): Promise<RenderedCompose> {
  const memory = options.memory ?? new MemoryIssueRepository();
  await memory.put(issue);
  const repository = options.repository ?? memory;
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <RepositoryContext value={{ repository: memory, persistent: true }}>
        <MemoryRouter initialEntries={[options.path ?? `/issues/${issue.id}`]}>
          <ComposeLoader
            issueId={issue.id}
            repository={repository}
            autosaveDelayMs={options.delayMs ?? 500}
          />
        </MemoryRouter>
      </RepositoryContext>,
    );
  });
  await screen.findByRole('toolbar', { name: 'Editor actions' });
  // The preview loads after the form, with the markdown reader: the first time, its modules are
  // transformed, which can be slow here.
  await screen.findByRole('complementary', { name: 'Preview' }, { timeout: 10_000 });
  return { ...(result as RenderResult), repository: memory, issue };
}

/** The TipTap editor behind a mounted rich-text box (TipTap puts itself on its element). */
export function editorOf(element: Element): Editor {
  const editor = (element as Element & { editor?: Editor }).editor;
  if (!editor) throw new Error('this element holds no mounted editor');
  return editor;
}
