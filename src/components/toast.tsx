// A short-lived notice with an optional action (Undo). It is rendered inside a live region that
// always exists, so screen readers announce it when it appears.

import type { ToastControls } from './use-toast';

export interface ToastMessage {
  id: number;
  text: string;
  actionLabel?: string;
  onAction?: () => void;
  /** Moves focus to the action when the toast appears (the control that was used is gone). */
  focusAction?: boolean;
}

export function ToastRegion({ toast, dismiss, hold, release }: ToastControls) {
  return (
    <div className="toast-region" aria-live="polite" aria-atomic="true">
      {toast && (
        <div
          className="toast"
          key={toast.id}
          onFocus={hold}
          onBlur={release}
          onMouseEnter={hold}
          onMouseLeave={release}
        >
          <span className="toast-text">{toast.text}</span>
          {toast.actionLabel && toast.onAction && (
            <button
              type="button"
              className="button button-inverse"
              onClick={toast.onAction}
              autoFocus={toast.focusAction}
            >
              {toast.actionLabel}
            </button>
          )}
          <button type="button" className="button-icon" aria-label="Dismiss" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
