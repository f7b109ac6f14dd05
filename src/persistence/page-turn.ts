// A turn for the page between two pieces of a save's work, so that a key press or a frame is not
// held up behind them. It is a new task started by a message rather than a timer, since a hidden
// tab's timers wait up to a second. While the page is hidden there is no turn to give: nobody
// types, and the page may be going away, when a flush on leaving must reach the database in the
// task it started in.

function hidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

export function pageTurn(): Promise<void> {
  if (hidden()) return Promise.resolve();
  if (typeof MessageChannel === 'undefined')
    return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
