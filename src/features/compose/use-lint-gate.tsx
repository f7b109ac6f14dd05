import { useCallback, useState, type ReactNode } from 'react';
import type { LintProblem } from '../../core/lint/lint-issue';
import type { EditorStore } from '../../state/create-editor-store';
import { useKeepRevision } from '../revisions/revision-moments-context';
import { useEditorStore } from './editor-store-context';
import { LintGateDialog } from './lint-gate-dialog';

export interface LintGate {
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
 * Lint at the moment of export: the issue is checked when an export or a share is asked for, not
 * from the panel's last (delayed) check, so a problem made a moment ago is not missed, and one
 * fixed a moment ago does not ask. Should the checker fail to load, the action goes ahead. When
 * it goes ahead, the issue is kept as a revision: what was shared or exported can be gone back to.
 */
export function useLintGate(): LintGate {
  const store = useEditorStore();
  const keepRevision = useKeepRevision();
  const [asking, setAsking] = useState<Asking | undefined>();

  const check = useCallback(
    (action: string, go: () => void) => {
      const proceed = () => {
        keepRevision(action === 'Share' ? 'shared' : 'exported');
        go();
      };
      const opener = document.activeElement;
      void problemsNow(store).then(
        (problems) =>
          problems.length === 0 ? proceed() : setAsking({ action, problems, proceed, opener }),
        () => proceed(),
      );
    },
    [store, keepRevision],
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
        store.getState().requestFocus(undefined, 'problems');
      }}
      onCancel={() => setAsking(undefined)}
    />
  );
  return { check, dialog };
}

async function problemsNow(store: EditorStore): Promise<LintProblem[]> {
  const [issue, { lintIssue }] = await Promise.all([
    store.getState().settledIssue(),
    import('../../core/lint/lint-issue'),
  ]);
  return lintIssue(issue, store.getState().config.template);
}
