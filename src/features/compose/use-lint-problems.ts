import { useEffect, useState } from 'react';
import type { LintProblem } from '../../core/lint/lint-issue';
import type { EditorStore } from '../../state/create-editor-store';
import { whenIdle } from './when-idle';

/**
 * Quiet time after the last change before the issue is checked again: longer than the half
 * second in which typing reaches the store, so the check never runs while typing goes on.
 */
export const LINT_DELAY_MS = 1000;

const loadLint = () => import('../../core/lint/lint-issue');

/**
 * The lint problems of the store's issue, kept off the typing path: the checker (which exports
 * the whole issue to number its lines) loads after the editor shows, and runs once typing pauses.
 * Undefined until the first check has run.
 */
export function useLintProblems(
  store: EditorStore,
  delayMs = LINT_DELAY_MS,
): LintProblem[] | undefined {
  const [problems, setProblems] = useState<LintProblem[] | undefined>();
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelIdle = () => {};
    let checked: unknown;
    const check = async () => {
      const { lintIssue } = await loadLint();
      const { issue, config } = store.getState();
      if (!live || issue === checked) return;
      checked = issue;
      setProblems(lintIssue(issue, config.template));
    };
    const later = (ms: number) => {
      if (timer !== undefined) clearTimeout(timer);
      cancelIdle();
      timer = setTimeout(() => {
        cancelIdle = whenIdle(() => void check());
      }, ms);
    };
    later(0);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.issue !== previous.issue) later(delayMs);
    });
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      cancelIdle();
      unsubscribe();
    };
  }, [store, delayMs]);
  return problems;
}
