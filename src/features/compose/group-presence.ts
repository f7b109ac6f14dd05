/**
 * Whether a group of blocks is rendered as cards or as its placeholder. `near` is what the
 * viewport last said of it (within about a screen of what is visible); `height` is the group's
 * height when it was last rendered as cards, for its placeholder.
 */
export interface GroupPresence {
  near: boolean;
  shown: boolean;
  height?: number;
}

/**
 * What happens to a group: it comes near the viewport or goes far from it (`height` as it was
 * then, `holding` while focus or a drag is in it), one of its blocks is wanted (to be focused or
 * scrolled to), or focus or a drag has left it.
 */
export type GroupEvent =
  | { type: 'near' }
  | { type: 'far'; height: number; holding: boolean }
  | { type: 'wanted' }
  | { type: 'released' };

/**
 * The next presence of a group. A group far away is a placeholder, except while it holds focus
 * or a drag (a card must not vanish under the cursor) and once one of its blocks is wanted, until
 * the viewport next says it is far. A new object only when something changed.
 */
export function groupPresence(state: GroupPresence, event: GroupEvent): GroupPresence {
  switch (event.type) {
    case 'near':
      return state.near && state.shown ? state : { ...state, near: true, shown: true };
    case 'far': {
      const height = state.shown && event.height > 0 ? event.height : state.height;
      const shown = state.shown && event.holding;
      if (!state.near && state.shown === shown && state.height === height) return state;
      return { near: false, shown, ...(height === undefined ? {} : { height }) };
    }
    case 'wanted':
      return state.shown ? state : { ...state, shown: true };
    case 'released':
      return state.near || !state.shown ? state : { ...state, shown: false };
  }
}
