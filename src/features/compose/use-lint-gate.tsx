import { useMemo } from 'react';
import type { LintProblem } from '../../core/lint/lint-issue';
import type { EditorStore } from '../../state/create-editor-store';
import { useEditorStore } from './editor-store-context';
import { useLintCheck, type LintCheck } from './use-lint-check';

export type LintGate = LintCheck;

/**
 * The editor's lint at the moment of export, share and save (see useLintCheck): the issue with
 * everything typed so far, checked against the editor's template; "Show problems" focuses the
 * lint panel.
 */
export function useLintGate(): LintGate {
  const store = useEditorStore();
  const source = useMemo(
    () => ({
      problems: () => problemsNow(store),
      showProblems: () => store.getState().requestFocus(undefined, 'problems'),
    }),
    [store],
  );
  return useLintCheck(source);
}

async function problemsNow(store: EditorStore): Promise<LintProblem[]> {
  const [issue, { lintIssue }] = await Promise.all([
    store.getState().settledIssue(),
    import('../../core/lint/lint-issue'),
  ]);
  return lintIssue(issue, store.getState().config.template);
}
