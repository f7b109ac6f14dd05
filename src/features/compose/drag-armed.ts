import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/**
 * Whether the drag handles are live. They are armed right after the editor first paints (when
 * the browser is idle, at a low priority), so a long issue is editable before its hundreds of
 * sortable items have registered with dnd-kit.
 */
export const DragArmedContext = createContext(true);

export function useDragArmed(): boolean {
  return useContext(DragArmedContext);
}

/** False until the browser is idle after the first paint, then true for good. */
export function useArmWhenIdle(): boolean {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const arm = () => startTransition(() => setArmed(true));
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(arm, { timeout: 1000 });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(arm, 0);
    return () => clearTimeout(timer);
  }, []);
  return armed;
}
