import { useId } from 'react';
import type { LintProblem } from '../../core/lint/lint-issue';
import { ModalDialog } from '../../components/modal-dialog';
import './lint-gate-dialog.css';

/** Problems the dialog names; the lint panel holds them all. */
export const LINT_GATE_SHOWN = 3;

interface LintGateDialogProps {
  problems: readonly LintProblem[];
  /** "Export", "Share": the action the editor asked for, done anyway. */
  action: string;
  onProceed: () => void;
  onShowProblems: () => void;
  onCancel: () => void;
  /** The control the export or share was started from, focused again on closing. */
  returnFocusTo?: Element | null;
}

/**
 * Asked before an export or a share of an issue with lint problems: how many, the first few,
 * and "Export anyway" or "Show problems". Escape cancels; the focus starts on the action and
 * goes back to the button that opened the dialog when it closes without showing the problems.
 */
export function LintGateDialog(props: LintGateDialogProps) {
  const { problems, action, onProceed, onShowProblems, onCancel, returnFocusTo } = props;
  const listId = useId();
  const count = problems.length;
  const more = count - LINT_GATE_SHOWN;
  return (
    <ModalDialog
      title={`${count === 1 ? '1 problem' : `${count} problems`} in this issue`}
      onClose={onCancel}
      returnFocusTo={returnFocusTo}
    >
      <ul className="lint-gate-list" id={listId}>
        {problems.slice(0, LINT_GATE_SHOWN).map((problem, index) => (
          <li key={`${problem.code}-${problem.line}-${index}`}>
            <span className="lint-line">Line {problem.line}</span> {problem.message}
          </li>
        ))}
      </ul>
      {more > 0 && <p className="lint-gate-more">and {more} more.</p>}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          data-autofocus
          aria-describedby={listId}
          onClick={onProceed}
        >
          {action} anyway
        </button>
        <button type="button" className="button" onClick={onShowProblems}>
          Show problems
        </button>
      </div>
    </ModalDialog>
  );
}
