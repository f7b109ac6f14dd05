// What the library's buttons do: new issue, duplicate, delete with undo. Failures of storage are
// shown in the toast, never thrown into the page.

import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useRepository } from '../../components/repository-context';
import type { ToastControls } from '../../components/use-toast';
import type { NewsletterTemplate } from '../../core/template/template';
import type { IssueRepository, IssueSummary } from '../../persistence/issue-repository';
import { readTemplates } from '../templates/read-templates';
import { newsletterSummaries } from './newsletter-summaries';
import { createNextIssue } from './create-next-issue';
import { deleteIssue, restoreIssue } from './delete-with-undo';
import { duplicateIssue } from './duplicate-issue';

export interface LibraryActions {
  /** A new issue of the template's newsletter (EKS News when none is given). */
  createIssue: (template?: NewsletterTemplate) => Promise<void>;
  duplicate: (summary: IssueSummary) => Promise<void>;
  remove: (summary: IssueSummary) => Promise<void>;
}

export function useLibraryActions(toast: ToastControls): LibraryActions {
  const repository = useRepository();
  const navigate = useNavigate();
  const { show } = toast;
  const fail = useCallback(
    (what: string, error: unknown) =>
      show({
        text: `Could not ${what}: ${error instanceof Error ? error.message : String(error)}`,
      }),
    [show],
  );

  const createIssue = useCallback(
    async (template?: NewsletterTemplate) => {
      try {
        const issue = await nextIssueOf(repository, template);
        await repository.put(issue, 0);
        await navigate(`/issues/${encodeURIComponent(issue.id)}`);
      } catch (error) {
        fail('create the issue', error);
      }
    },
    [repository, navigate, fail],
  );

  const duplicate = useCallback(
    async (summary: IssueSummary) => {
      try {
        const stored = await repository.get(summary.id);
        if (stored === undefined) return;
        await repository.put(duplicateIssue(stored.issue, Date.now()), 0);
        show({ text: `Duplicated ${nameOf(summary)}.` });
      } catch (error) {
        fail('duplicate the draft', error);
      }
    },
    [repository, show, fail],
  );

  const remove = useCallback(
    async (summary: IssueSummary) => {
      try {
        const deleted = await deleteIssue(repository, summary.id);
        if (deleted === undefined) return;
        const undo = () =>
          restoreIssue(repository, deleted).then(
            () => show({ text: `Restored ${nameOf(summary)}.` }),
            (error: unknown) => fail('restore the draft', error),
          );
        show({
          text: `Deleted ${nameOf(summary)}.`,
          actionLabel: 'Undo',
          focusAction: true,
          onAction: () => void undo(),
        });
      } catch (error) {
        fail('delete the draft', error);
      }
    },
    [repository, show, fail],
  );

  return { createIssue, duplicate, remove };
}

/** The issue after the newest of the template's newsletter, or of all issues without one. */
async function nextIssueOf(repository: IssueRepository, template?: NewsletterTemplate) {
  if (template === undefined) return createNextIssue(await repository.listSummaries(), new Date());
  const { newsletters, all } = await readTemplates(repository);
  const summaries = await newsletterSummaries(repository, template, newsletters, all);
  return createNextIssue(summaries, new Date(), template);
}

/** How a draft is named in messages. */
export function nameOf(summary: IssueSummary): string {
  return summary.title || (summary.slug ? `issue ${summary.slug}` : 'the untitled draft');
}
