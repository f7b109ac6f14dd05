import type { AccessState } from './editor-state';
import type { Slice } from './slice';

/** Whether this tab may change the issue (see AccessState); editable unless told otherwise. */
export function accessSlice(readOnly = false): Slice<AccessState> {
  return (set) => ({
    readOnly,
    setReadOnly: (value) => set({ readOnly: value }),
  });
}
