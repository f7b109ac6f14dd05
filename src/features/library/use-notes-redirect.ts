import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { decodeNotesLink } from '../../core/share/notes-link';
import type { IssueSummary } from '../../persistence/issue-repository';

/**
 * A notes link sent back by a reviewer opens the app at `/#notes=...`: this finds the draft with
 * the notes' slug (the most recently changed one) and opens it in the editor with the notes.
 * Returns a message when the link is broken or no draft has that slug.
 */
export function useNotesRedirect(summaries: IssueSummary[] | undefined): string | undefined {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    const match = /^#notes=(.+)$/s.exec(window.location.hash);
    if (!match?.[1] || summaries === undefined) return;
    const decoded = decodeNotesLink(match[1]);
    if (!decoded.ok) {
      setProblem(`These reviewer notes could not be opened: ${decoded.message}`);
      return;
    }
    const draft = summaries
      .filter((s) => !s.archived && s.slug === decoded.notes.issueSlug)
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    if (!draft) {
      setProblem(
        `No draft has the slug "${decoded.notes.issueSlug}" these reviewer notes are for.`,
      );
      return;
    }
    void navigate(`/issues/${encodeURIComponent(draft.id)}#notes=${match[1]}`, { replace: true });
  }, [summaries, navigate]);
  return problem;
}
