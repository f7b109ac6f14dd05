// Work that should not share the main thread with the frame about to be painted: it runs in a
// task after that frame, so the frame is on screen first and the work is not held up by it.

/**
 * Runs `task` in a task after the next frame has been painted (an animation frame callback, then
 * a timer); after a timer alone where frames are not scheduled. Returns a cancel.
 */
export function afterNextFrame(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
