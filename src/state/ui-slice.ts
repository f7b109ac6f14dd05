import type { UiState } from './editor-state';
import type { Slice } from './slice';

export function uiSlice(): Slice<UiState> {
  let seq = 0;
  return (set, get) => ({
    focusRequest: undefined,
    announcement: undefined,
    liveShared: false,
    shareBullets: undefined,
    titleNotes: {},
    noteTitle: (cardId, note) => {
      const { [cardId]: previous, ...rest } = get().titleNotes;
      if (note === undefined && previous === undefined) return;
      set({ titleNotes: note === undefined ? rest : { ...rest, [cardId]: note } });
    },
    setLiveShared: (share) => set({ liveShared: share !== undefined, shareBullets: share }),
    requestFocus: (target, field, options) =>
      set({
        focusRequest: { target, field, ...(options?.select ? { select: true } : {}), seq: ++seq },
      }),
    focusDone: (done) => {
      if (get().focusRequest?.seq === done) set({ focusRequest: undefined });
    },
    announce: (message) => set({ announcement: { message, seq: ++seq } }),
  });
}
