export interface DelayedFlag {
  /** Whether the condition holds now; the flag follows after the delay (down at once). */
  set(holds: boolean): void;
  value(): boolean;
  stop(): void;
}

/**
 * A flag that goes up only once its condition has held for `delayMs`, and down as soon as it no
 * longer holds; `onChange` is called each time it moves. For a state that usually lasts a moment
 * (a change on its way to the server), so it is not shown, and announced, on every keystroke.
 */
export function delayedFlag(delayMs: number, onChange: () => void): DelayedFlag {
  let up = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    set(holds) {
      if (!holds) {
        clear();
        if (up) {
          up = false;
          onChange();
        }
      } else if (!up && timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          up = true;
          onChange();
        }, delayMs);
      }
    },
    value: () => up,
    stop: clear,
  };
}
