// Work the library's first screen does not need (following storage for changes, asking how much
// storage the drafts take) waits until the list is shown and the browser is idle, so that it
// neither competes with reading the list nor delays the frame that shows it (issue 16).

import { useEffect, useState } from 'react';
import { whenIdle } from '../compose/when-idle';

/** False until `ready` has been true and the browser has since been idle; then true for good. */
export function useIdleAfter(ready: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return undefined;
    return whenIdle(() => setIdle(true));
  }, [ready, idle]);
  return idle;
}
