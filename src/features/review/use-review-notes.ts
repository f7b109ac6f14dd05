import { useEffect, useState } from 'react';
import type { ReviewNotes } from '../../core/share/review-notes';
import { decodeNotesLink } from '../../core/share/notes-link';
import type { IssueRepository } from '../../persistence/issue-repository';

// The reviewer notes an editor has open beside a draft. A notes link lands at
// /issues/:id#notes=<fragment>; the fragment is kept in the draft's settings until the editor
// dismisses the notes, and decoded (and so checked) every time it is read back.

const settingKey = (issueId: string) => `review-notes:${issueId}`;

export interface ReviewNotesState {
  notes?: ReviewNotes;
  problem?: string;
  dismiss: () => void;
}

export function useReviewNotes(issueId: string, repository: IssueRepository): ReviewNotesState {
  const [state, setState] = useState<{ notes?: ReviewNotes; problem?: string }>({});

  useEffect(() => {
    let live = true;
    const show = (fragment: unknown) => {
      if (typeof fragment !== 'string' || !live) return;
      const decoded = decodeNotesLink(fragment);
      setState(decoded.ok ? { notes: decoded.notes } : { problem: decoded.message });
      return decoded.ok;
    };
    const match = /^#notes=(.+)$/s.exec(window.location.hash);
    if (match?.[1]) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
      if (show(match[1])) void repository.setSetting(settingKey(issueId), match[1]);
    } else {
      void repository.getSetting(settingKey(issueId)).then(show, () => undefined);
    }
    return () => {
      live = false;
    };
  }, [issueId, repository]);

  const dismiss = () => {
    setState({});
    void repository.deleteSetting(settingKey(issueId));
  };
  return { ...state, dismiss };
}
