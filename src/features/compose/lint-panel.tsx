import { useId, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LintProblem } from '../../core/lint/lint-issue';
import type { FocusField } from '../../state/editor-state';
import { useEditorStore } from './editor-store-context';
import { useFocusField } from './use-focus-request';
import { useLintProblems } from './use-lint-problems';
import './lint-panel.css';

/** Problems listed before "Show all": enough to work through, few enough to scan. */
export const LINT_SHOWN = 50;

const PROBLEMS = ['problems'] as const;

/** The field a problem is about: its own, else a section's "Add link" box or a card's title. */
function fieldOf(problem: LintProblem): FocusField {
  if (problem.field) return problem.field;
  return problem.code === 'empty-section' ? 'add-link' : 'title';
}

/**
 * The problems (the checks of `broadsheet check`, duplicate links included), in file
 * order, beside the preview. Each one is a button that takes the focus to the field to fix. A
 * long list shows its first LINT_SHOWN problems and a button for the rest, which then takes the
 * focus to the first one it revealed. A request to focus 'problems' (the export's "Show problems")
 * lands on the first problem, or on the heading while there is none to show.
 */
export function LintPanel() {
  const store = useEditorStore();
  const headingId = useId();
  const problems = useLintProblems(store);
  const [showAll, setShowAll] = useState(false);
  const firstRevealed = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  useFocusField(panel, undefined, PROBLEMS);
  const count = problems?.length;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  // The heading took the focus while the first check ran: once it finds problems, the focus
  // goes on to the first, as it would have gone had they been there.
  const focusedWhileChecking = useRef(false);
  useLayoutEffect(() => {
    if (!count || !focusedWhileChecking.current) return;
    focusedWhileChecking.current = false;
    if (document.activeElement === heading.current) first.current?.focus();
  }, [count]);
  return (
    <aside className="lint-panel" aria-labelledby={headingId} ref={panel}>
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        data-field={count ? undefined : 'problems'}
        onFocus={() => {
          focusedWhileChecking.current = problems === undefined;
        }}
      >
        Problems{count === undefined ? '' : ` (${count})`}
      </h2>
      {problems === undefined ? (
        <p className="hint">Checking…</p>
      ) : problems.length === 0 ? (
        <p className="hint">No problems found.</p>
      ) : (
        <>
          <ul className="lint-list">
            {(showAll ? problems : problems.slice(0, LINT_SHOWN)).map((problem, index) => (
              <li key={`${problem.code}-${problem.target ?? ''}-${problem.line}-${index}`}>
                <button
                  type="button"
                  className={`lint-problem lint-${problem.code}`}
                  ref={index === 0 ? first : index === LINT_SHOWN ? firstRevealed : undefined}
                  data-field={index === 0 ? 'problems' : undefined}
                  onClick={() => store.getState().requestFocus(problem.target, fieldOf(problem))}
                >
                  <span className="lint-line">Line {problem.line}</span> {problem.message}
                </button>
              </li>
            ))}
          </ul>
          {!showAll && problems.length > LINT_SHOWN && (
            <button
              type="button"
              className="button lint-show-all"
              onClick={() => {
                flushSync(() => setShowAll(true));
                firstRevealed.current?.focus();
              }}
            >
              Show all {problems.length} problems
            </button>
          )}
        </>
      )}
    </aside>
  );
}
