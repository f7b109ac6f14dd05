// How many items of a newsletter's archive a template (as edited, not yet saved) makes cards:
// the archived issues that belong to the template, written back to their files, read again with
// its card shapes. Reading 80 files twice takes a second or two, so the count runs a few files
// per task, the page answering in between, and starts again when the sections or shapes change
// (not the name); until it ends the count is undefined. The archive's issues are those of the
// saved templates.

import { useEffect, useMemo, useState } from 'react';
import { exportIssue } from '../../core/markdown/export-issue';
import { countArchiveCards, type ArchiveCardCount } from '../../core/template/count-archive-cards';
import type { NewsletterTemplate } from '../../core/template/template';
import { templateOfIssue } from '../../core/template/template-of-issue';
import { useStoredIssues } from '../archive/use-stored-issues';

/** Files read per task: about a tenth of a second of work for EKS News issues. */
const FILES_PER_TASK = 5;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface Counted extends Pick<NewsletterTemplate, 'sections' | 'cardShapes'> {
  texts: readonly string[];
  value: ArchiveCardCount;
}

export function useArchiveCardCount(
  template: NewsletterTemplate,
  templates: readonly NewsletterTemplate[],
): ArchiveCardCount | undefined {
  const { issues, ready } = useStoredIssues();
  const { id, sections, cardShapes } = template;
  const texts = useMemo(
    () =>
      [...issues.values()]
        .filter((c) => c.archived && templateOfIssue(c.issue, templates).id === id)
        .map((c) => exportIssue(c.issue)),
    [issues, templates, id],
  );
  // The count with what it was counted for, so that a count of earlier edits is not shown.
  const [count, setCount] = useState<Counted | undefined>();
  useEffect(() => {
    if (!ready) return undefined;
    const stop = new AbortController();
    void countInTasks(texts, { sections, cardShapes }, stop.signal).then((value) => {
      if (value) setCount({ texts, sections, cardShapes, value });
    });
    return () => stop.abort();
  }, [ready, texts, sections, cardShapes]);
  const current =
    count?.texts === texts && count.sections === sections && count.cardShapes === cardShapes;
  return current ? count.value : undefined;
}

async function countInTasks(
  texts: readonly string[],
  shapes: Pick<NewsletterTemplate, 'sections' | 'cardShapes'>,
  signal: AbortSignal,
): Promise<ArchiveCardCount | undefined> {
  const total: ArchiveCardCount = { items: 0, cards: 0 };
  for (let start = 0; start < texts.length; start += FILES_PER_TASK) {
    await nextTask();
    if (signal.aborted) return undefined;
    const part = countArchiveCards(texts.slice(start, start + FILES_PER_TASK), shapes);
    total.items += part.items;
    total.cards += part.cards;
  }
  return signal.aborted ? undefined : total;
}
