// The draft the inbox sends cards to: any issue that is not archived, remembered across visits
// in the settings store. Its sections and newsletter come from the stored-issues cache the featured
// index uses.

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useRepository } from '../../components/repository-context';
import { issueSlug } from '../../core/links/issue-slug';
import type { Section } from '../../core/model/types';
import { summarizeIssue } from '../../persistence/issue-summary-fields';
import { useStoredIssues } from '../archive/use-stored-issues';
import { issueNewsletter } from '../search/issue-newsletter';

export const TARGET_SETTING = 'inbox-target-issue';
const chosenKey = ['setting', TARGET_SETTING] as const;

export interface DraftChoice {
  id: string;
  label: string;
  updatedAt: number;
}

export interface TargetDraft {
  drafts: DraftChoice[];
  /** The chosen draft's id, or undefined when there is no draft to send to. */
  targetId: string | undefined;
  /** The newsletter (template id) of the chosen draft, as the featured badges count it. */
  templateId: string | undefined;
  sections: readonly Section[];
  choose: (id: string) => void;
  ready: boolean;
}

export function useTargetDraft(): TargetDraft {
  const repository = useRepository();
  const { issues, ready } = useStoredIssues();
  const client = useQueryClient();
  // The remembered choice; null when there is none (a query's answer cannot be undefined).
  const setting = useQuery({
    queryKey: chosenKey,
    queryFn: async (): Promise<string | null> => {
      const value = await repository.getSetting(TARGET_SETTING).catch(() => undefined);
      return typeof value === 'string' ? value : null;
    },
  });
  const chosen = setting.data ?? undefined;

  const drafts = useMemo(
    () =>
      [...issues.values()]
        .filter((cached) => !cached.archived)
        .map(({ issue }) => ({
          id: issue.id,
          label: summarizeIssue(issue).title || issueSlug(issue) || 'Untitled draft',
          updatedAt: issue.updatedAt,
        }))
        .sort((a, b) => b.updatedAt - a.updatedAt),
    [issues],
  );

  const targetId = drafts.some((d) => d.id === chosen) ? chosen : drafts[0]?.id;
  const target = targetId === undefined ? undefined : issues.get(targetId)?.issue;
  const templateId = target === undefined ? undefined : issueNewsletter(target);

  const choose = useCallback(
    (id: string) => {
      client.setQueryData<string | null>(chosenKey, id);
      void repository.setSetting(TARGET_SETTING, id).catch(() => undefined);
    },
    [client, repository],
  );

  return { drafts, targetId, templateId, sections: target?.sections ?? [], choose, ready };
}
