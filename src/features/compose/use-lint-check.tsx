import { useCallback, useState, type ReactNode } from 'react';
import type { LintProblem } from '../../core/lint/lint-issue';
import { useKeepRevision } from '../revisions/revision-moments-context';
import { LintGateDialog } from './lint-gate-dialog';

/** The issue a lint check asks about, and where its problems are shown. */
export interface LintSource {
  /** The problems now, with everything typed so far (the checker loads on first use). */
  problems: () => Promise<LintProblem[]>;
  /** "Show problems": takes the user to the list of them. */
  showProblems: () => void;
}

export interface LintCheck {
  /**
   * Runs `proceed` at once when the issue, with everything typed so far, has no lint problems;
   * else asks first ("Export anyway", "Show problems"). `action` names what `proceed` does.
   */
  check: (action: string, proceed: () => void) => void;
  /** The question while it is asked: render it once, anywhere. */
  dialog: ReactNode;
}

interface Asking {
  action: string;
  problems: LintProblem[];
  proceed: () => void;
  /** What had the focus when the check was asked for: the checker loads before the dialog. */
  opener: Element | null;
}

/**
 * Lint at the moment of export, for any place that exports an issue (the editor, the reader
 * view): the issue is checked when an export or a share is asked for, so a problem made a moment
 * ago is not missed, and one fixed a moment ago does not ask. Should the checker fail to load,
 * the action goes ahead. When it goes ahead, the issue is kept as a revision where a revision
 * keeper is given (the editor's): what was shared or exported can be gone back to.
 */
export function useLintCheck(source: LintSource): LintCheck {
  const keepRevision = useKeepRevision();
  const [asking, setAsking] = useState<Asking | undefined>();

  const check = useCallback(
    (action: string, go: () => void) => {
      const proceed = () => {
        keepRevision(action === 'Share' ? 'shared' : 'exported');
        go();
      };
      const opener = document.activeElement;
      void source.problems().then(
        (problems) =>
          problems.length === 0 ? proceed() : setAsking({ action, problems, proceed, opener }),
        () => proceed(),
      );
    },
    [source, keepRevision],
  );

  const dialog = asking && (
    <LintGateDialog
      problems={asking.problems}
      action={asking.action}
      returnFocusTo={asking.opener}
      onProceed={() => {
        setAsking(undefined);
        asking.proceed();
      }}
      onShowProblems={() => {
        setAsking(undefined);
        source.showProblems();
      }}
      onCancel={() => setAsking(undefined)}
    />
  );
  return { check, dialog };
}
